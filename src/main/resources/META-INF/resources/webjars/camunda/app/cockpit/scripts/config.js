/*
 * Dosar's configuration of Camunda Cockpit (replaces the webjar's scripts/config.js): Romanian by
 * default, English with ?lang=en, dates dd.MM.yyyy, times in Europe/Bucharest; edit controls shown
 * only to users who may change process instances. See ../../dosar/workplace.js, ./supervisor.js
 * and docs/tasklist.md.
 */
import {dateFormat, locales} from '../../dosar/workplace.js';
import './supervisor.js';
import './labels.js';

export default {
  app: {
    name: 'Cockpit',
    vendor: 'Dosar'
  },
  dateFormat,
  locales,
  disableWelcomeMessage: true
};

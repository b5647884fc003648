/*
 * Dosar's configuration of Camunda Tasklist (replaces the webjar's scripts/config.js): Romanian by
 * default, English with ?lang=en, dates dd.MM.yyyy, times in Europe/Bucharest. See
 * ../../dosar/workplace.js and docs/tasklist.md.
 */
import {dateFormat, locales} from '../../dosar/workplace.js';

export default {
  app: {
    name: 'Sarcini',
    vendor: 'Dosar'
  },
  dateFormat,
  locales,
  disableWelcomeMessage: true,

  // Camunda's default keys, described in Romanian (Tasklist's keyboard shortcuts dialog).
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'revendică sarcina selectată'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'mută cursorul pe primul filtru din listă'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'mută cursorul pe prima sarcină din listă'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'mută cursorul pe primul câmp din formularul sarcinii'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'deschide fereastra de pornire a unui proces'
    }
  }
};

/*
 * Dosar: every date the Camunda webapps show is on Bucharest's clock, whatever the browser's time
 * zone. The webapps format dates with moment (angular-moment's constant, the same instance as
 * Camunda's camDate filter); moment calls its updateOffset hook whenever a moment is made or
 * changed, which is how moment-timezone works too. Loaded as a Camunda "custom script"
 * (scripts/config.js, customScripts), i.e. after AngularJS is loaded and before the app starts.
 */
import {bucharestOffset} from './workplace.js';

function zoneMoment(moment) {
  moment.momentProperties.push('_dosarZoned');
  moment.updateOffset = function (m, keepTime) {
    if (m._dosarZoned === undefined) {
      // A wall-clock time typed or parsed without an offset means Bucharest's wall clock.
      const wallClock = m._a && m._tzm === undefined && m._f !== 'X' && m._f !== 'x';
      if (wallClock && !m._isUTC && m.isValid()) {
        const asUtc = moment.utc(m._a).valueOf();
        const first = asUtc - bucharestOffset(asUtc) * 60000;
        m._d = new Date(asUtc - bucharestOffset(first) * 60000);
      }
      m._dosarZoned = !m._isUTC;
    }
    if (m._dosarZoned && m.isValid()) {
      m.utcOffset(bucharestOffset(m.valueOf()), keepTime);
    }
  };
}

const angular = window.angular;
angular.module('dosar.workplace', ['angularMoment']).run(['moment', zoneMoment]);

const bootstrap = angular.bootstrap;
angular.bootstrap = function (element, modules, config) {
  return bootstrap.call(this, element, (modules || []).concat(['dosar.workplace']), config);
};

/*
 * Dosar's workplace settings for the Camunda webapps (Tasklist, Cockpit, Admin, Welcome), imported
 * by each app's scripts/config.js before the app starts:
 *
 * - the language: Romanian, unless the user chose English with ?lang=en (kept in localStorage;
 *   ?lang=ro switches back). Camunda picks the browser's language when it is in
 *   availableLocales, so only the chosen one is offered.
 * - dates dd.MM.yyyy, times HH:mm, shown in Europe/Bucharest whatever the browser's time zone:
 *   Intl.DateTimeFormat without a locale or a time zone (form-js's date fields, the footer's
 *   "time zone" line) means ro-RO and Europe/Bucharest; moment, which the webapps format every
 *   date with, gets Bucharest's offset through its updateOffset hook, the way
 *   moment-timezone does it.
 * - form-js's calendar (flatpickr) starts the week on Monday, with Romanian names; form-js's
 *   validation messages, fixed English strings, are translated where they are shown.
 * - a refusal from the server reads as Dosar's Romanian message, without the engine's English
 *   "Cannot submit task form <id>:" prefix.
 * - a form's links to Dosar's PDFs (/api/…) open in a new tab.
 *
 * No inline script or style: this file is a same-origin ES module loaded by config.js.
 */
const LOCALE_KEY = 'dosar.locale';
export const TIME_ZONE = 'Europe/Bucharest';

function chosenLocale() {
  const asked = new URLSearchParams(window.location.search).get('lang');
  try {
    if (asked === 'ro' || asked === 'en') {
      window.localStorage.setItem(LOCALE_KEY, asked);
    }
    return window.localStorage.getItem(LOCALE_KEY) === 'en' ? 'en' : 'ro';
  } catch (e) {
    return asked === 'en' ? 'en' : 'ro';
  }
}

export const locale = chosenLocale();

/** For config.js: the only language offered is the chosen one. */
export const locales = {availableLocales: [locale], fallbackLocale: locale};

/** For config.js: the moment formats of Camunda's camDate filter. */
export const dateFormat = {
  monthName: 'MMMM',
  day: 'DD',
  abbr: 'DD.MM.YYYY HH:mm',
  normal: 'DD.MM.YYYY HH:mm',
  long: 'dddd, DD.MM.YYYY HH:mm',
  short: 'DD.MM.YYYY'
};

// ---- Intl: ro-RO dates and the Bucharest zone where a caller names neither ----------------------

const NativeDateTimeFormat = Intl.DateTimeFormat;

function DosarDateTimeFormat(locales, options) {
  const named = locales !== undefined && locales !== 'default';
  const zoned = Object.assign({}, options);
  if (zoned.timeZone === undefined) {
    zoned.timeZone = TIME_ZONE;
  }
  return new NativeDateTimeFormat(named ? locales : 'ro-RO', zoned);
}
DosarDateTimeFormat.prototype = NativeDateTimeFormat.prototype;
DosarDateTimeFormat.supportedLocalesOf = NativeDateTimeFormat.supportedLocalesOf;
Intl.DateTimeFormat = DosarDateTimeFormat;

// ---- moment: every moment shows Bucharest's wall clock ------------------------------------------

const bucharestParts = new NativeDateTimeFormat('en-US', {
  timeZone: TIME_ZONE, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
  hour: '2-digit', minute: '2-digit', second: '2-digit'
});

/** Bucharest's offset from UTC, in minutes, at the instant ms. */
export function bucharestOffset(ms) {
  const p = {};
  for (const part of bucharestParts.formatToParts(new Date(ms))) {
    p[part.type] = part.value;
  }
  const wallAsUtc = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
  return Math.round((wallAsUtc - Math.floor(ms / 1000) * 1000) / 60000);
}

/**
 * webpack's require function of the webapps (lib/runtime.js), asked for the way a chunk of the
 * webapps would: deps.js, shared by every app, holds moment (module 98024 in Camunda 7.24.0) and
 * AngularJS (module 30336).
 */
const MOMENT_MODULE = 98024;
const ANGULAR_MODULE = 30336;

function webappModule(id) {
  let exported = null;
  const chunks = window.webpackChunkcamunda_bpm_webapp;
  if (chunks) {
    chunks.push([['dosar-' + id], {}, (require) => {
      try {
        exported = require(id);
      } catch (e) {
        exported = null;
      }
    }]);
  }
  return exported;
}

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

const moment = webappModule(MOMENT_MODULE);
if (moment && moment.momentProperties && moment.utc) {
  zoneMoment(moment);
} else {
  console.warn('Dosar: moment not found in the webapps; dates follow the browser\'s time zone');
}

// ---- AngularJS: Camunda's camDate filter uses dateFormat (Cockpit ignores config.js's) ---------

const angular = webappModule(ANGULAR_MODULE);
if (angular && angular.module && angular.bootstrap) {
  angular.module('dosar.workplace', []).config(['$injector', ($injector) => {
    if ($injector.has('camDateFormatProvider')) {
      const formats = $injector.get('camDateFormatProvider');
      for (const name of Object.keys(dateFormat)) {
        formats.setDateFormat(dateFormat[name], name);
      }
    }
  }]);
  const bootstrap = angular.bootstrap;
  // Loaded after the app's own modules, so that its formats are the last word.
  angular.bootstrap = function (element, modules, config) {
    return bootstrap.call(this, element, (modules || []).concat(['dosar.workplace']), config);
  };
} else {
  console.warn('Dosar: AngularJS not found in the webapps; Camunda\'s date formats apply');
}

// ---- flatpickr (form-js date fields): Monday first, Romanian names -----------------------------

function romanianCalendar(flatpickr) {
  flatpickr.l10ns.default.firstDayOfWeek = 1;
  if (locale !== 'ro') {
    return;
  }
  flatpickr.localize({
    weekdays: {
      shorthand: ['Dum', 'Lun', 'Mar', 'Mie', 'Joi', 'Vin', 'Sâm'],
      longhand: ['Duminică', 'Luni', 'Marți', 'Miercuri', 'Joi', 'Vineri', 'Sâmbătă']
    },
    months: {
      shorthand: ['Ian', 'Feb', 'Mar', 'Apr', 'Mai', 'Iun', 'Iul', 'Aug', 'Sep', 'Oct', 'Noi',
        'Dec'],
      longhand: ['Ianuarie', 'Februarie', 'Martie', 'Aprilie', 'Mai', 'Iunie', 'Iulie', 'August',
        'Septembrie', 'Octombrie', 'Noiembrie', 'Decembrie']
    },
    firstDayOfWeek: 1,
    rangeSeparator: ' până la ',
    weekAbbreviation: 'Săpt',
    scrollTitle: 'Derulați pentru a mări',
    toggleTitle: 'Clic pentru a comuta',
    yearAriaLabel: 'Anul',
    monthAriaLabel: 'Luna',
    hourAriaLabel: 'Ora',
    minuteAriaLabel: 'Minutul',
    time_24hr: true
  });
}

// deps.js sets window.flatpickr when form-js first needs it, after this module has run.
let flatpickr = window.flatpickr;
Object.defineProperty(window, 'flatpickr', {
  configurable: true,
  get: () => flatpickr,
  set: (value) => {
    flatpickr = value;
    romanianCalendar(value);
  }
});
if (flatpickr) {
  romanianCalendar(flatpickr);
}

// ---- form-js: its English words and validation messages are fixed strings, so they are ----------
// ---- translated where they are shown (a message is a <li> under .fjs-form-field-error) ------------

/** The pattern Dosar's forms give hour fields (HH:mm). */
const TIME_PATTERN = '^([01][0-9]|2[0-3]):[0-5][0-9]$';

const FORM_MESSAGES = [
  [/^Field is required\.$/, () => 'Câmpul este obligatoriu.'],
  [/^Field must match pattern (.*)\.$/, (m) => m[1] === TIME_PATTERN
    ? 'Introduceți ora în formatul HH:mm, de exemplu 09:30.'
    : 'Valoarea nu are forma cerută.'],
  [/^Field must have minimum value of (.*)\.$/, (m) => `Valoarea minimă este ${m[1]}.`],
  [/^Field must have maximum value of (.*)\.$/, (m) => `Valoarea maximă este ${m[1]}.`],
  [/^Field must have minimum length of (.*)\.$/,
    (m) => `Textul trebuie să aibă cel puțin ${m[1]} caractere.`],
  [/^Field must have maximum length of (.*)\.$/,
    (m) => `Textul poate avea cel mult ${m[1]} caractere.`],
  [/^Field must be a valid email\.$/, () => 'Introduceți o adresă de e-mail validă.'],
  [/^Field must be a valid\s+international phone number\./,
    () => 'Introduceți un număr de telefon în format internațional, de exemplu +40212345678.'],
  [/^Value is not a number\.$/, () => 'Valoarea nu este un număr.'],
  [/^Value is expected to be an integer\.$/, () => 'Valoarea trebuie să fie un număr întreg.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/,
    (m) => `Valoarea poate avea cel mult ${m[1]} zecimale.`],
  [/^Please select a valid value, the two nearest valid values are (.*) and (.*)\.$/,
    (m) => `Alegeți o valoare validă; cele mai apropiate sunt ${m[1]} și ${m[2]}.`]
];

/** The Romanian text of a form-js message, or null when it is not one of form-js's own. */
export function romanianFormMessage(text) {
  for (const [pattern, romanian] of FORM_MESSAGES) {
    const match = pattern.exec(text);
    if (match) {
      return romanian(match);
    }
  }
  return null;
}

/** form-js's own words in the forms Tasklist shows (the editor's are never shown there). */
const FORM_TEXTS = {
  'Select': 'Alegeți',
  'Search': 'Căutați',
  'No results': 'Niciun rezultat',
  'Nothing to show.': 'Nimic de afișat.',
  'Remove tag': 'Elimină',
  'Clear content': 'Golește',
  'Next page': 'Pagina următoare',
  'Previous page': 'Pagina anterioară',
  'Delete item': 'Șterge elementul',
  'Create new list item': 'Adaugă un element',
  'Toggle list item': 'Restrânge sau extinde elementul'
};

/**
 * Translates form-js's words under root. Text nodes are changed in place (never replaced), so
 * that form-js (Preact) keeps updating the nodes the user sees.
 */
function translateForm(root) {
  if (!root.querySelectorAll) {
    return;
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.data.trim();
    if (!text) {
      continue;
    }
    const inError = node.parentElement && node.parentElement.closest('.fjs-form-field-error');
    const romanian = inError ? romanianFormMessage(text) : FORM_TEXTS[text];
    if (romanian) {
      node.data = node.data.replace(text, romanian);
    }
  }
  for (const element of root.querySelectorAll('[placeholder], [aria-label], [title]')) {
    for (const attribute of ['placeholder', 'aria-label', 'title']) {
      const romanian = FORM_TEXTS[element.getAttribute(attribute)];
      if (romanian) {
        element.setAttribute(attribute, romanian);
      }
    }
  }
}

// ---- Refusals: the engine's technical prefix is not shown ---------------------------------------

/**
 * The engine REST API wraps a refusal of a form ("Cannot submit task form <task id>: <message>",
 * "Cannot instantiate process definition <definition id>: <message>"); Tasklist shows it after its
 * own notice. Only Dosar's message, in Romanian, is meant for the user.
 */
const ENGINE_PREFIXES = [
  /^Cannot submit task form [0-9a-fA-F-]+: /,
  /^Cannot instantiate process definition \S+: /
];

/** The message without the engine's prefix (unchanged when it has none). */
export function withoutEnginePrefix(text) {
  let message = text;
  for (const prefix of ENGINE_PREFIXES) {
    message = message.replace(prefix, '');
  }
  return message;
}

function cleanNotifications(root) {
  const messages = root.matches && root.matches('.message')
    ? [root] : root.querySelectorAll ? root.querySelectorAll('.message') : [];
  for (const message of messages) {
    const text = message.textContent;
    const clean = withoutEnginePrefix(text);
    if (clean !== text) {
      message.textContent = clean;
    }
  }
}

// ---- Refusals at the top of the form ------------------------------------------------------------

/**
 * A form the server refused stays open with what the user typed; Tasklist says so in a small
 * notice at the bottom of the page. The same message is also shown at the top of the form, in a
 * red box, so that the user reads the violations where he works. The box goes with the form.
 */
export const REFUSAL_CLASS = 'dosar-refusal';

function showRefusalOnForm(alert) {
  if (!alert.matches || !alert.matches('.alert-danger, .alert-error')) {
    return;
  }
  const message = alert.querySelector('.message');
  const text = withoutEnginePrefix((message ? message.textContent : '').trim());
  const modal = alert.closest('.modal');
  const scope = modal || document;
  const form = Array.from(scope.querySelectorAll('form.fjs-form'))
    .find((candidate) => candidate.offsetParent !== null);
  if (!text || !form || !form.parentElement) {
    return;
  }
  let box = form.parentElement.querySelector(':scope > .' + REFUSAL_CLASS);
  if (!box) {
    box = document.createElement('div');
    box.className = REFUSAL_CLASS + ' alert alert-danger';
    box.setAttribute('role', 'alert');
    form.parentElement.insertBefore(box, form);
  }
  box.textContent = '';
  const title = document.createElement('strong');
  title.textContent = locale === 'ro' ? 'Formularul nu a fost acceptat. Corectați și trimiteți din nou:'
    : 'The form was not accepted. Correct it and submit again:';
  box.appendChild(title);
  const list = document.createElement('ul');
  for (const line of text.split(/\n|;\s+(?=[A-ZĂÂÎȘȚ])/)) {
    if (line.trim()) {
      const item = document.createElement('li');
      item.textContent = line.trim();
      list.appendChild(item);
    }
  }
  box.appendChild(list);
  box.scrollIntoView({block: 'nearest'});
}

function refusalsUnder(root) {
  if (!root.querySelectorAll) {
    return;
  }
  const alerts = root.matches && root.matches('.alert') ? [root]
    : Array.from(root.querySelectorAll('.alert'));
  for (const alert of alerts) {
    if (alert.closest('.notifications, [notifications-panel]')) {
      showRefusalOnForm(alert);
    }
  }
}

new MutationObserver((mutations) => {
  for (const mutation of mutations) {
    const target = mutation.target.nodeType === Node.ELEMENT_NODE
      ? mutation.target : mutation.target.parentElement;
    if (!target || !target.closest) {
      continue;
    }
    if (locale === 'ro') {
      const form = target.closest('.fjs-form') ? target : target.querySelector('.fjs-form');
      if (form) {
        translateForm(form);
      }
    }
    if (target.closest('.notifications, [notifications-panel]')) {
      cleanNotifications(target);
      refusalsUnder(target.closest('.notifications, [notifications-panel]'));
    }
  }
}).observe(document.documentElement, {childList: true, characterData: true, subtree: true});

// ---- Links of a form to Dosar's documents open in a tab of their own -------------------------

/**
 * A form links to the PDFs its task decides on (/api/…, served with the same session). They open
 * in a new tab, so that the form, and what the user already filled in, stay where they are.
 */
document.addEventListener('click', (event) => {
  const link = event.target && event.target.closest
    ? event.target.closest('form.fjs-form a[href^="/api/"]') : null;
  if (link) {
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener');
  }
}, true);

document.documentElement.setAttribute('lang', locale);

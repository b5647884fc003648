/*
 * Dosar: what Cockpit shows by the engine's ids, shown as the people who follow a procedure name
 * it (HR, the Rector):
 * - a process instance by its business key ("CONCURS-3"), wherever Cockpit writes its id alone
 *   (breadcrumbs, lists, the called instances); the id stays in the element's title;
 * - an activity by its name in the model, never "fileSelection#multiInstanceBody": the body of a
 *   multi-instance activity is "<its name> (toate instanțele)"; a name with an expression
 *   ("Selecția dosarului cu codul ${fileCode}") gets the value of the instance it names, read from
 *   the instance's variables, or "…" where Cockpit does not say which instance;
 * - dates of the variables table (Date variables, ISO dates kept as text) as dd.MM.yyyy and
 *   HH:mm on Bucharest's clock;
 * - the names of the variables table by their Romanian labels (variable-labels.json, written by
 *   scripts/variable-labels from the forms); the raw name stays in the cell's title.
 * Text is changed in place in the nodes Cockpit renders (AngularJS keeps updating them), again
 * whenever Cockpit renders. Imported by config.js; no inline script.
 */
import {engineApi} from './supervisor.js';
import {TIME_ZONE} from '../../dosar/workplace.js';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const MULTI_INSTANCE_BODY = '#multiInstanceBody';
const EXPRESSION = /\$\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}/g;
export const ALL_INSTANCES = ' (toate instanțele)';

function get(path) {
  return fetch(engineApi() + path, {credentials: 'same-origin',
    headers: {Accept: 'application/json'}})
    .then(response => response.ok ? response.json() : null)
    .catch(() => null);
}

// ---- Business keys ----------------------------------------------------------------------------

/** Process instance id → business key; null where the id is no instance or has no key. */
const businessKeys = new Map();

function askBusinessKeys(ids) {
  const unknown = Array.from(new Set(ids)).filter(id => !businessKeys.has(id));
  if (unknown.length === 0) {
    return Promise.resolve(false);
  }
  unknown.forEach(id => businessKeys.set(id, undefined));
  return get('history/process-instance?processInstanceIds=' + unknown.join(',')).then(list => {
    unknown.forEach(id => businessKeys.set(id, null));
    for (const instance of list || []) {
      businessKeys.set(instance.id, instance.businessKey || null);
    }
    return true;
  });
}

// ---- Activity names ---------------------------------------------------------------------------

/** Definition id → Promise of (activity id → name) from its BPMN XML. */
const definitionNames = new Map();

function activityNames(definitionId) {
  if (!definitionNames.has(definitionId)) {
    definitionNames.set(definitionId,
      get('process-definition/' + encodeURIComponent(definitionId) + '/xml').then(answer => {
        const names = new Map();
        if (answer && answer.bpmn20Xml) {
          const xml = new DOMParser().parseFromString(answer.bpmn20Xml, 'application/xml');
          for (const element of xml.getElementsByTagName('*')) {
            const id = element.getAttribute('id');
            const name = element.getAttribute('name');
            if (id && name) {
              names.set(id, name);
            }
          }
        }
        return names;
      }));
  }
  return definitionNames.get(definitionId);
}

/** The definition of the page (an instance's or a definition's page), or null. */
const pageDefinitions = new Map();

function pageDefinition(route) {
  const instance = /^\/process-instance\/([^/?]+)/.exec(route);
  const definition = /^\/process-definition\/([^/?]+)/.exec(route);
  if (definition) {
    return Promise.resolve(decodeURIComponent(definition[1]));
  }
  if (!instance) {
    return Promise.resolve(null);
  }
  const id = decodeURIComponent(instance[1]);
  if (!pageDefinitions.has(id)) {
    pageDefinitions.set(id, get('history/process-instance/' + encodeURIComponent(id))
      .then(answer => answer ? answer.processDefinitionId : null));
  }
  return pageDefinitions.get(id);
}

/** Instance id → Promise of (variable name → [{activityInstanceId, value}]). */
const instanceVariables = new Map();

function variablesOf(instanceId) {
  if (!instanceVariables.has(instanceId)) {
    instanceVariables.set(instanceId, get('variable-instance?deserializeValues=false'
        + '&processInstanceIdIn=' + encodeURIComponent(instanceId)).then(list => {
      const byName = new Map();
      for (const variable of list || []) {
        if (!byName.has(variable.name)) {
          byName.set(variable.name, []);
        }
        byName.get(variable.name).push(variable);
      }
      return byName;
    }));
  }
  return instanceVariables.get(instanceId);
}

/**
 * The activity instance ids from the node outwards: a node of the activity tree (.tree-node)
 * holds its own label (.tree-node-group, with the activity instance's id) and its children.
 */
function scopesOf(node) {
  const scopes = [];
  for (let element = node.parentElement; element; element = element.parentElement) {
    if (element.classList && element.classList.contains('tree-node')) {
      const group = element.querySelector(':scope > .tree-node-group[id]');
      if (group) {
        scopes.push(group.id);
      }
    }
  }
  return scopes;
}

/** The name with its ${variable}s replaced by their values in the nearest scope, or "…". */
export function resolveName(name, scopes, variables) {
  return name.replace(EXPRESSION, (whole, variable) => {
    const values = (variables && variables.get(variable)) || [];
    for (const scope of scopes) {
      const found = values.find(value => value.activityInstanceId === scope);
      if (found && found.value !== null && typeof found.value !== 'object') {
        return String(found.value);
      }
    }
    return '…';
  });
}

// ---- Dates ------------------------------------------------------------------------------------

const DAY_TIME = new Intl.DateTimeFormat('ro-RO', {timeZone: TIME_ZONE, day: '2-digit',
  month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23'});
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** An ISO date or instant as dd.MM.yyyy (HH:mm in Bucharest); null for any other text. */
export function romanianDate(text) {
  const day = ISO_DAY.exec(text);
  if (day) {
    return day[3] + '.' + day[2] + '.' + day[1];
  }
  if (ISO_INSTANT.test(text)) {
    // "+0000" is not understood by every Date parser: "+00:00".
    const instant = new Date(text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    if (!isNaN(instant.getTime())) {
      const p = {};
      for (const part of DAY_TIME.formatToParts(instant)) {
        p[part.type] = part.value;
      }
      return p.day + '.' + p.month + '.' + p.year + ' ' + p.hour + ':' + p.minute;
    }
  }
  return null;
}

// ---- The page ---------------------------------------------------------------------------------

function textNodes(root) {
  const nodes = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.data.trim() && !(node.parentElement && node.parentElement.closest(
        'script, style, textarea, input, .bjs-container, .djs-container'))) {
      nodes.push(node);
    }
  }
  return nodes;
}

function replaceText(node, text, title) {
  const trimmed = node.data.trim();
  if (trimmed === text) {
    return;
  }
  node.data = node.data.replace(trimmed, text);
  const parent = node.parentElement;
  if (parent && title && !parent.getAttribute('title')) {
    parent.setAttribute('title', title);
  }
}

// ---- Variable names ---------------------------------------------------------------------------

/** Variable name → Romanian label, once loaded (empty until then or if it cannot be read). */
let variableLabels = new Map();
fetch(new URL('./variable-labels.json', import.meta.url), {credentials: 'same-origin'})
  .then(response => response.ok ? response.json() : {})
  .then(labels => {
    variableLabels = new Map(Object.entries(labels));
    schedule();
  })
  .catch(() => null);

function inVariableName(node) {
  const cell = node.parentElement && node.parentElement.closest('td');
  return cell !== null && cell.closest('[cam-widget-variables-table]') !== null
      && cell.classList.contains('col-name');
}

function inVariableValue(node) {
  const cell = node.parentElement && node.parentElement.closest('td');
  return cell !== null && cell.closest('[cam-widget-variables-table]') !== null
      && /value/.test(cell.className);
}

let scheduled = false;

function relabel() {
  scheduled = false;
  if (!document.body) {
    return;
  }
  const route = window.location.hash.replace(/^#/, '').split('?')[0];
  const instance = /^\/process-instance\/([^/?]+)/.exec(route);
  const nodes = textNodes(document.body);

  const ids = [];
  for (const node of nodes) {
    const text = node.data.trim();
    // An id under its own label ("ID-ul instanței") stays an id.
    const uuids = node.parentElement && node.parentElement.closest('dd') ? null
      : text.match(UUID);
    if (uuids) {
      let keyed = node.data;
      for (const uuid of uuids) {
        const key = businessKeys.get(uuid);
        if (key) {
          keyed = keyed.replace(uuid, key);
        } else if (!businessKeys.has(uuid)) {
          ids.push(uuid);
        }
      }
      if (keyed !== node.data) {
        replaceText(node, keyed.trim(), text);
      }
    } else if (inVariableName(node) && variableLabels.has(text)) {
      // Cockpit may reuse the cell for another variable: the title is always the shown one's.
      node.parentElement.setAttribute('title', text);
      replaceText(node, variableLabels.get(text), null);
    } else if (inVariableValue(node)) {
      const date = romanianDate(text);
      if (date) {
        replaceText(node, date, text);
      }
    }
  }
  if (ids.length > 0) {
    askBusinessKeys(ids).then(asked => asked && schedule());
  }

  const named = nodes.filter(node => node.data.includes(MULTI_INSTANCE_BODY)
      || node.data.includes('${'));
  if (named.length === 0) {
    return;
  }
  Promise.all([
    pageDefinition(route).then(definition => definition ? activityNames(definition) : new Map()),
    instance ? variablesOf(decodeURIComponent(instance[1])) : Promise.resolve(new Map())
  ]).then(([names, variables]) => {
    for (const node of named) {
      const text = node.data.trim();
      let label = text;
      if (text.endsWith(MULTI_INSTANCE_BODY)) {
        const activity = text.slice(0, -MULTI_INSTANCE_BODY.length);
        label = (names.get(activity) || activity) + ALL_INSTANCES;
      }
      if (label.includes('${')) {
        label = resolveName(label, scopesOf(node), variables);
      }
      if (label !== text) {
        replaceText(node, label, null);
      }
    }
  });
}

function schedule() {
  if (!scheduled) {
    scheduled = true;
    window.setTimeout(relabel, 50);
  }
}

window.addEventListener('hashchange', () => {
  instanceVariables.clear();
  schedule();
});
new MutationObserver(schedule).observe(document.documentElement,
  {childList: true, characterData: true, subtree: true});

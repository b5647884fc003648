/*
 * Dosar: what Cockpit shows by the engine's ids, shown as the people who follow a procedure name
 * it (HR, the Rector):
 * - a process instance by its business key ("CONCURS-3"), wherever Cockpit writes its id alone
 *   (breadcrumbs, lists, the called instances); the id stays in the element's title;
 * - an activity by its name in the model, never "fileSelection#multiInstanceBody": the body of a
 *   multi-instance activity is "<its name> (toate instanțele)"; a name with an expression
 *   ("Selecția dosarului cu codul ${fileCode}") gets the value of the instance it names, read from
 *   the variables of that activity instance and its parents (the activity tree: the tree node's
 *   ancestors; the variables' scope column: the scope's activity instance), or, where no instance
 *   or no value is known, the name without the expression and its lead-in ("Selecția
 *   dosarului");
 * - dates of the variables table (Date variables, ISO dates kept as text) as dd.MM.yyyy and
 *   HH:mm on Bucharest's clock;
 * - variables by their Romanian labels (variable-labels.json, written by scripts/variable-labels
 *   from the forms and the Java side's labels): the names of the variables table, of the search
 *   pills ("Adaugă criterii") and of the variable dialogs' titles; the values of the variables
 *   table and of the search pills ("SELECTION" → "Selecția dosarelor", Boolean true → "Da" unless
 *   the form says more); the raw name or code stays in the element's title. Inputs (an
 *   administrator's editing) keep the raw values.
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

const UNRESOLVED = '\u0000';

/**
 * The name with its ${variable}s replaced by their values in the nearest scope (the scopes from
 * the innermost outwards); where a value is not known, the name without the expression, as
 * {@link withoutExpressions} gives it.
 */
export function resolveName(name, scopes, variables) {
  const resolved = name.replace(EXPRESSION, (whole, variable) => {
    const values = (variables && variables.get(variable)) || [];
    for (const scope of scopes) {
      const found = values.find(value => value.activityInstanceId === scope);
      if (found && found.value !== null && typeof found.value !== 'object') {
        return String(found.value);
      }
    }
    return '${' + UNRESOLVED + variable + '}';
  });
  return resolved.includes(UNRESOLVED) ? withoutExpressions(resolved) : resolved;
}

/**
 * The name without its expressions and the words that introduce them: "Selecția dosarului cu
 * codul ${fileCode}" → "Selecția dosarului", "Apel nominal și incidente: ${testLabel}" → "Apel
 * nominal și incidente", "Verificarea … sesizării nr. ${noticeId} (Rector)" → "Verificarea …
 * sesizării (Rector)", "… (cel târziu ${nextCycleDue})" → "…". A name that is only an
 * expression stays "…".
 */
export function withoutExpressions(name) {
  const expression = '\\$\\{[^}]*\\}';
  const shorter = name
    .replace(new RegExp('\\s*\\([^()]*' + expression + '[^()]*\\)', 'g'), '')
    .replace(new RegExp(':\\s[^:]*?' + expression, 'g'), '')
    .replace(new RegExp('(\\s+(cu\\s+)?(codul|nr\\.|numărul))?\\s*' + expression, 'g'), '')
    .replace(/\s+/g, ' ').trim();
  return shorter === '' ? '…' : shorter;
}

/** Instance id → Promise of (activity instance id → its parent's id), from the activity tree. */
const activityParents = new Map();

function parentsOf(instanceId) {
  if (!activityParents.has(instanceId)) {
    activityParents.set(instanceId, get('process-instance/' + encodeURIComponent(instanceId)
        + '/activity-instances').then(tree => {
      const parents = new Map();
      const visit = (node, parent) => {
        if (!node) {
          return;
        }
        if (parent) {
          parents.set(node.id, parent);
        }
        for (const child of (node.childActivityInstances || [])
            .concat(node.childTransitionInstances || [])) {
          visit(child, node.id);
        }
      };
      visit(tree, null);
      return parents;
    }));
  }
  return activityParents.get(instanceId);
}

/** The activity instance and its ancestors up to the process instance. */
function scopeChain(activityInstanceId, parents, instanceId) {
  const chain = [];
  for (let id = activityInstanceId; id && !chain.includes(id); id = parents.get(id)) {
    chain.push(id);
  }
  if (instanceId && !chain.includes(instanceId)) {
    chain.push(instanceId);
  }
  return chain;
}

/** The scope column's link of the variables table: its title is the activity instance's id. */
function scopeLink(node) {
  const cell = node.parentElement && node.parentElement.closest('td');
  if (cell === null || cell.closest('[cam-widget-variables-table]') === null
      || !cell.classList.contains('col-scope')) {
    return null;
  }
  return node.parentElement.closest('a[title]');
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

/**
 * Variable name → Romanian label, and variable name → (code → Romanian label), once loaded
 * (empty until then or if they cannot be read).
 */
let variableLabels = new Map();
let valueLabels = new Map();
fetch(new URL('./variable-labels.json', import.meta.url), {credentials: 'same-origin'})
  .then(response => response.ok ? response.json() : {})
  .then(labels => {
    variableLabels = new Map(Object.entries(labels.names || {}));
    valueLabels = new Map(Object.entries(labels.values || {})
      .map(([name, codes]) => [name, new Map(Object.entries(codes))]));
    schedule();
  })
  .catch(() => null);

const BOOLEAN_LABELS = new Map([['true', 'Da'], ['false', 'Nu']]);

/** The label of a variable's value, or null: the forms' and Java's words, Da/Nu for a Boolean. */
export function valueLabel(labels, name, value, type) {
  const codes = labels.get(name);
  if (codes && codes.has(value)) {
    return codes.get(value);
  }
  if (type === 'boolean' && BOOLEAN_LABELS.has(value)) {
    return BOOLEAN_LABELS.get(value);
  }
  return null;
}

function variablesCell(node, column) {
  const cell = node.parentElement && node.parentElement.closest('td');
  return cell !== null && cell.closest('[cam-widget-variables-table]') !== null
      && cell.classList.contains(column) ? cell : null;
}

function inVariableName(node) {
  return variablesCell(node, 'col-name') !== null;
}

function inVariableValue(node) {
  const cell = node.parentElement && node.parentElement.closest('td');
  return cell !== null && cell.closest('[cam-widget-variables-table]') !== null
      && /value/.test(cell.className);
}

/**
 * The raw name of the variable a name cell shows: its text before it is labelled, then what it
 * was when it was labelled (Cockpit may reuse the cell for another variable: its text is then the
 * new raw name again).
 */
function rawName(cell, text) {
  if (!variableLabels.has(text) && cell.dataset.dosarVariable
      && variableLabels.get(cell.dataset.dosarVariable) === text) {
    return cell.dataset.dosarVariable;
  }
  cell.dataset.dosarVariable = text;
  return text;
}

/** The raw name of the variable of the table row the node is in, or null. */
function rowVariable(node) {
  const row = node.parentElement && node.parentElement.closest('tr');
  const cell = row && row.querySelector(':scope > td.col-name');
  return cell ? rawName(cell, cell.textContent.trim()) : null;
}

/** The type of the row's variable, in lower case ("boolean", "string"), from Cockpit's class. */
function rowType(cell) {
  const type = Array.from(cell.classList).find(name => name.startsWith('type-'));
  return type ? type.slice('type-'.length) : '';
}

/** The search pill (instances list, variables tab) the node is in, or null. */
function searchPill(node) {
  return node.parentElement && node.parentElement.closest('.search-label');
}

/** The raw name a search pill's name field shows (kept on the field once labelled). */
function pillName(pill) {
  const field = pill.querySelector('.name-field');
  return field ? rawName(field, field.textContent.trim()) : null;
}

/** A text in a dialog or tooltip naming a variable: „contestStatus” or "variabila contestStatus". */
const NAMED_VARIABLE = /(„|\bvariabila\s+)([A-Za-z_][A-Za-z0-9_]*)(”)?/gi;

/**
 * The text with the variables it names by their labels: a dialog's title says the label
 * ("Inspectează variabila „Starea concursului”"); a tooltip keeps the raw name and adds the label
 * ("Clic pentru a copia „contestStatus” (Starea concursului)"), since the copy icon copies the
 * raw name.
 */
export function nameVariables(text, keepRaw, labels = variableLabels) {
  return text.replace(NAMED_VARIABLE, (whole, before, name, after, offset, all) => {
    if (!labels.has(name)) {
      return whole;
    }
    const label = labels.get(name);
    if (!keepRaw) {
      return before + label + (after || '');
    }
    const added = ' (' + label + ')';
    return all.startsWith(added, offset + whole.length) ? whole : whole + added;
  });
}

function inDialogOrTooltip(node) {
  return node.parentElement !== null
      && node.parentElement.closest('.modal-header, .modal-body, .tooltip-inner') !== null;
}

/**
 * A search pill: the variable's name field by its label, the value field by the value's label
 * when the pill names a variable whose codes are known (Cockpit may show the value in quotes), or
 * by the variable's label when the pill searches by name.
 */
function relabelPill(node, text) {
  const field = node.parentElement.closest('.name-field, .value-field');
  if (field === null) {
    return;
  }
  const pill = searchPill(node);
  if (field.classList.contains('name-field')) {
    const name = pillName(pill);
    if (variableLabels.has(name)) {
      field.setAttribute('title', name);
      replaceText(node, variableLabels.get(name), null);
    }
    return;
  }
  const quoted = /^(["'„]?)(.*?)(["'”]?)$/.exec(text);
  const name = pillName(pill);
  // A pill without a name field searches by the variable's name ("Numele variabilei = …").
  const label = name === null ? variableLabels.get(rawName(field, quoted[2])) || null
    : valueLabel(valueLabels, name, quoted[2], '');
  if (label !== null) {
    field.setAttribute('title', text);
    replaceText(node, quoted[1] + label + quoted[3], null);
  }
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
    } else if (inVariableName(node)) {
      const name = rawName(variablesCell(node, 'col-name'), text);
      if (variableLabels.has(name)) {
        // Cockpit may reuse the cell for another variable: the title is always the shown one's.
        node.parentElement.setAttribute('title', name);
        replaceText(node, variableLabels.get(name), null);
      }
    } else if (inVariableValue(node)) {
      const cell = node.parentElement.closest('td');
      const label = valueLabel(valueLabels, rowVariable(node), text, rowType(cell));
      const date = label === null ? romanianDate(text) : null;
      if (label !== null) {
        node.parentElement.setAttribute('title', text);
        replaceText(node, label, null);
      } else if (date) {
        replaceText(node, date, text);
      }
    } else if (searchPill(node)) {
      relabelPill(node, text);
    } else if (inDialogOrTooltip(node)) {
      const named = nameVariables(node.data, node.parentElement.closest('.tooltip-inner') !== null);
      if (named !== node.data) {
        replaceText(node, named.trim(), text);
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
  const instanceId = instance ? decodeURIComponent(instance[1]) : null;
  Promise.all([
    pageDefinition(route).then(definition => definition ? activityNames(definition) : new Map()),
    instanceId ? variablesOf(instanceId) : Promise.resolve(new Map()),
    instanceId && named.some(scopeLink) ? parentsOf(instanceId) : Promise.resolve(new Map())
  ]).then(([names, variables, parents]) => {
    for (const node of named) {
      const text = node.data.trim();
      let label = text;
      if (text.endsWith(MULTI_INSTANCE_BODY)) {
        const activity = text.slice(0, -MULTI_INSTANCE_BODY.length);
        label = (names.get(activity) || activity) + ALL_INSTANCES;
      }
      if (label.includes('${')) {
        const link = scopeLink(node);
        const scopes = link ? scopeChain(link.getAttribute('title'), parents, instanceId)
          : scopesOf(node);
        label = resolveName(label, scopes, variables);
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
  activityParents.clear();
  schedule();
});
new MutationObserver(schedule).observe(document.documentElement,
  {childList: true, characterData: true, subtree: true});

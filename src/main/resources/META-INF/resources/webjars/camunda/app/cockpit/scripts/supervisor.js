/*
 * Dosar: Cockpit for a read-only supervisor (HR). The engine refuses every change HR may not make,
 * but Cockpit shows its edit controls to everyone. The <body> carries the class "dosar-may-edit"
 * only once the engine has said that the user may change what the page shows, and
 * styles/user-styles.css hides every control that changes something where it is missing: the
 * toolbar actions (suspend, cancel, add a variable, retries), variable editing and deletion, a
 * task's assignee and candidates, job and job definition actions, incident retries and
 * annotations, batch operations, the history time to live, deployment deletion.
 *
 * The question is asked for the page and the instance shown, never once for all of Cockpit:
 * - an instance's page: UPDATE on that instance, or UPDATE_INSTANCE on its definition;
 * - a definition's page: UPDATE or UPDATE_INSTANCE on that definition, UPDATE on every instance;
 * - any other page: whether the user may change anything Cockpit changes there (every instance,
 *   every definition's instances, tasks, batches, deployments).
 * At every change of page (not of its tab or search) the controls are hidden first, then shown
 * if the answer is yes (Cockpit changes pages, and logs in and out, without reloading). Imported by config.js; no inline script.
 */
export const MAY_EDIT_CLASS = 'dosar-may-edit';

/** Camunda's resource types (org.camunda.bpm.engine.authorization.Resources). */
const PROCESS_DEFINITION = 6;
const TASK = 7;
const PROCESS_INSTANCE = 8;
const DEPLOYMENT = 9;
const BATCH = 13;

export function engineApi() {
  const base = document.querySelector('base');
  const api = base && base.getAttribute('engine-api');
  return (api || '/camunda/api/engine/') + 'engine/default/';
}

function get(path) {
  return fetch(engineApi() + path, {credentials: 'same-origin',
    headers: {Accept: 'application/json'}})
    .then(response => response.ok ? response.json() : null)
    .catch(() => null);
}

function resourceName(type) {
  return {6: 'ProcessDefinition', 7: 'Task', 8: 'ProcessInstance', 9: 'Deployment',
    13: 'Batch'}[type];
}

/** Whether the engine says the user may; false without a session or on any error. */
function allowed(permission, type, resourceId) {
  let path = 'authorization/check?permissionName=' + permission + '&resourceName='
      + resourceName(type) + '&resourceType=' + type;
  if (resourceId) {
    path += '&resourceId=' + encodeURIComponent(resourceId);
  }
  return get(path).then(answer => answer !== null && answer.authorized === true);
}

function any(checks) {
  return Promise.all(checks).then(answers => answers.some(Boolean));
}

/** May the user change this process instance? */
export function mayEditInstance(instanceId) {
  return get('history/process-instance/' + encodeURIComponent(instanceId)).then(instance => {
    const checks = [allowed('UPDATE', PROCESS_INSTANCE, instanceId)];
    if (instance !== null) {
      checks.push(allowed('UPDATE_INSTANCE', PROCESS_DEFINITION, instance.processDefinitionKey));
    }
    return any(checks);
  });
}

/** May the user change this process definition or its instances? */
export function mayEditDefinition(definitionId) {
  return get('process-definition/' + encodeURIComponent(definitionId)).then(definition => {
    if (definition === null) {
      return false;
    }
    return any([
      allowed('UPDATE', PROCESS_DEFINITION, definition.key),
      allowed('UPDATE_INSTANCE', PROCESS_DEFINITION, definition.key),
      allowed('UPDATE', PROCESS_INSTANCE, '*')]);
  });
}

/** May the user change anything Cockpit changes from a page that is not one instance's? */
export function mayEditAnything() {
  return any([
    allowed('UPDATE', PROCESS_INSTANCE, '*'),
    allowed('UPDATE_INSTANCE', PROCESS_DEFINITION, '*'),
    allowed('UPDATE', PROCESS_DEFINITION, '*'),
    allowed('UPDATE', TASK, '*'),
    allowed('TASK_ASSIGN', TASK, '*'),
    allowed('CREATE', BATCH, '*'),
    allowed('DELETE', DEPLOYMENT, '*')]);
}

/** The question for the page at the given hash ("#/process-instance/<id>/runtime?…"). */
export function mayEditPage(hash) {
  const route = routeOf(hash);
  const instance = /^\/process-instance\/([^/]+)/.exec(route);
  if (instance) {
    return mayEditInstance(decodeURIComponent(instance[1]));
  }
  const definition = /^\/process-definition\/([^/]+)/.exec(route);
  if (definition) {
    return mayEditDefinition(decodeURIComponent(definition[1]));
  }
  return mayEditAnything();
}

let asked = 0;
let askedFor = null;

/** The page's route without its query: a tab or a search changes the query only. */
function routeOf(hash) {
  return (hash || '').replace(/^#/, '').split('?')[0];
}

function refresh() {
  const route = routeOf(window.location.hash);
  if (route === askedFor) {
    return;
  }
  askedFor = route;
  const question = ++asked;
  if (document.body) {
    // Hidden until the engine answers for this page.
    document.body.classList.remove(MAY_EDIT_CLASS);
    delete document.body.dataset.dosarMayEdit;
  }
  mayEditPage(route).then(may => {
    if (question === asked && document.body) {
      document.body.classList.toggle(MAY_EDIT_CLASS, may);
      // The engine's answer, for whoever checks the page (true or false; absent until answered).
      document.body.dataset.dosarMayEdit = String(may);
    }
  });
}

window.addEventListener('hashchange', refresh);
if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', refresh);
} else {
  refresh();
}

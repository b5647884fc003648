/*
 * Dosar: Cockpit for a read-only supervisor (HR). The engine refuses every change HR may not make,
 * but Cockpit shows its edit controls to everyone. Until the engine says the user may change
 * process instances (UPDATE on process instances or UPDATE_INSTANCE on process definitions), the
 * <body> lacks the class "dosar-may-edit" and styles/user-styles.css hides the controls that
 * change something: the toolbar actions (suspend, cancel, add a variable, retries), variable
 * editing and deletion, the task assignee and candidate editing, job and job definition actions,
 * incident retries and annotations, batch actions.
 *
 * The answer is asked again at every route change: Cockpit logs in and out without reloading.
 * Imported by config.js; no inline script.
 */
export const MAY_EDIT_CLASS = 'dosar-may-edit';

function engineApi() {
  const base = document.querySelector('base');
  const api = base && base.getAttribute('engine-api');
  return (api || '/camunda/api/engine/') + 'engine/default/';
}

function allowed(permission, resourceName, resourceType) {
  const url = engineApi() + 'authorization/check?permissionName=' + permission
      + '&resourceName=' + resourceName + '&resourceType=' + resourceType;
  return fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then(response => response.ok ? response.json() : {authorized: false})
    .then(answer => answer.authorized === true)
    .catch(() => false);
}

/** Whether the user of the session may change process instances; false without a session. */
export function mayEdit() {
  return Promise.all([
    allowed('UPDATE', 'ProcessInstance', 8),
    allowed('UPDATE_INSTANCE', 'ProcessDefinition', 6)
  ]).then(answers => answers.some(Boolean));
}

let asked = 0;

function refresh() {
  const question = ++asked;
  mayEdit().then(may => {
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

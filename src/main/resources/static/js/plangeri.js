// The complaint page (/plangeri): sends a complaint and follows one up by its token.
// A file of its own, so that the page's Content-Security-Policy allows only Dosar's scripts.
function show(id, lines) {
  var box = document.getElementById(id);
  box.textContent = '';
  lines.forEach(function (line) {
    var p = document.createElement('p');
    p.textContent = line;
    box.appendChild(p);
  });
}
document.getElementById('sesizare').addEventListener('submit', function (event) {
  event.preventDefault();
  var form = event.target;
  var body = {
    type: form.type.value, description: form.description.value,
    personsConcerned: form.personsConcerned.value, name: form.name.value,
    contact: form.contact.value
  };
  fetch('/api/public/complaints', {method: 'POST',
    headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)})
    .then(function (r) { return r.json().then(function (j) { return [r.ok, j]; }); })
    .then(function (answer) {
      if (answer[0]) {
        form.reset();
        show('raspuns', [answer[1].message, 'Codul de urmărire: ' + answer[1].followUpToken]);
      } else {
        show('raspuns', [answer[1].detail || 'Sesizarea nu a putut fi trimisă.']);
      }
    });
});
document.getElementById('urmarire').addEventListener('submit', function (event) {
  event.preventDefault();
  fetch('/api/public/complaints/follow-up',
    {headers: {'X-Complaint-Token': event.target.token.value.trim()}})
    .then(function (r) { return r.json().then(function (j) { return [r.ok, j]; }); })
    .then(function (answer) {
      var j = answer[1];
      if (!answer[0]) {
        show('stadiu', [j.detail || 'Codul nu este valid.']);
        return;
      }
      var lines = ['Sesizarea ' + j.reference + ': ' + j.status,
        'Primită: ' + j.receivedAt];
      if (j.acknowledgedAt) { lines.push('Primire confirmată: ' + j.acknowledgedAt); }
      if (j.closedAt) { lines.push('Închisă: ' + j.closedAt); }
      if (j.communication) { lines.push('Comunicarea Responsabilului: ' + j.communication); }
      show('stadiu', lines);
    });
});

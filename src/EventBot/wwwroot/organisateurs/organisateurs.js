// The organisers' page: the key typed once per tab (sessionStorage), sent as a Bearer token to /api/organisers.
(function () {
  'use strict';

  var KEY = 'eventbot-organiser-key';
  var API = '../api/organisers';
  var SVG = 'http://www.w3.org/2000/svg';
  var STATUS_NAMES = { queued: 'en file', sending: 'en cours', sent: 'envoyés', failed: 'en échec', unreachable: 'injoignables' };
  var REASON_NAMES = { inconnu: 'absent des documents', partiel: 'réponse partielle', incompris: 'incompris', 'hors sujet': 'hors sujet' };

  var form = document.getElementById('key-form');
  var board = document.getElementById('board');
  var status = document.getElementById('status');

  function say(text) {
    status.textContent = text;
    status.hidden = !text;
  }

  function element(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (className) { node.className = className; }
    return node;
  }

  function request(path) {
    return fetch(API + path, { headers: { Authorization: 'Bearer ' + sessionStorage.getItem(KEY) } }).then(function (response) {
      if (response.status === 401 || response.status === 403) {
        sessionStorage.removeItem(KEY);
        throw new Error('Cette clé d\'organisateur n\'est pas reconnue. Saisissez-la à nouveau.');
      }
      return response;
    });
  }

  function json(path) {
    return request(path).then(function (response) {
      if (!response.ok) { throw new Error('Le serveur a répondu ' + response.status + ' pour ' + path + '.'); }
      return response.json();
    });
  }

  function drawSignUps(list) {
    document.getElementById('signups-total').textContent =
      list.confirmed + ' inscrit(s) et ' + list.waiting + ' en liste d\'attente au total.';
    var chart = document.getElementById('signups-chart');
    chart.textContent = '';
    var rows = list.parcours;
    var max = Math.max(1, Math.max.apply(null, rows.map(function (p) { return p.confirmed + p.waiting + p.placesLeft; })));
    var labelWidth = 190, barWidth = 520, rowHeight = 34;
    var svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + (labelWidth + barWidth + 150) + ' ' + rows.length * rowHeight);
    svg.setAttribute('width', '100%');
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', 'Inscrits et liste d\'attente par parcours');
    rows.forEach(function (p, i) {
      var y = i * rowHeight;
      var row = document.createElementNS(SVG, 'g');
      row.setAttribute('data-parcours', p.parcoursId);
      var name = document.createElementNS(SVG, 'text');
      name.setAttribute('x', 0);
      name.setAttribute('y', y + 21);
      name.textContent = p.name;
      row.appendChild(name);
      var confirmedWidth = barWidth * p.confirmed / max;
      [[p.confirmed, 0, 'confirmed'], [p.waiting, confirmedWidth, 'waiting']].forEach(function (bar) {
        var rect = document.createElementNS(SVG, 'rect');
        rect.setAttribute('x', labelWidth + bar[1]);
        rect.setAttribute('y', y + 6);
        rect.setAttribute('height', 20);
        rect.setAttribute('width', barWidth * bar[0] / max);
        rect.setAttribute('class', bar[2]);
        row.appendChild(rect);
      });
      var count = document.createElementNS(SVG, 'text');
      count.setAttribute('x', labelWidth + barWidth * (p.confirmed + p.waiting) / max + 6);
      count.setAttribute('y', y + 21);
      count.setAttribute('class', 'count');
      count.textContent = p.confirmed + ' inscrits' + (p.waiting ? ', ' + p.waiting + ' en attente' : '') + ' · ' + p.placesLeft + ' places';
      row.appendChild(count);
      svg.appendChild(row);
    });
    chart.appendChild(svg);
  }

  function table(headers, rows) {
    var t = element('table');
    var head = element('tr');
    headers.forEach(function (h) { head.appendChild(element('th', h)); });
    t.appendChild(head);
    rows.forEach(function (cells) {
      var tr = element('tr');
      cells.forEach(function (cell) { tr.appendChild(element('td', cell.text, cell.number ? 'number' : null)); });
      t.appendChild(tr);
    });
    return t;
  }

  function when(iso) {
    return iso ? new Date(iso).toLocaleString('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'short' }) : '';
  }

  function drawAnnouncements(box, announcements) {
    box.textContent = '';
    if (announcements === null) {
      box.appendChild(element('p', 'Les annonces ne sont pas encore disponibles sur ce serveur.', 'hint'));
      return;
    }
    if (announcements.length === 0) {
      box.appendChild(element('p', 'Aucune annonce pour l\'instant.', 'hint'));
      return;
    }
    box.appendChild(table(['Annonce', 'Destinataires', 'Envoi prévu', 'Remise'], announcements.map(function (a) {
      var counts = Object.keys(a.counts || {}).filter(function (k) { return a.counts[k] > 0; })
        .map(function (k) { return a.counts[k] + ' ' + (STATUS_NAMES[k] || k); }).join(', ');
      return [{ text: a.text }, { text: a.recipients, number: true }, { text: when(a.sendAt) }, { text: counts || '—' }];
    })));
  }

  function drawUnanswered(box, questions) {
    box.textContent = '';
    if (questions.length === 0) {
      box.appendChild(element('p', 'Aucune question sans réponse pour l\'instant.', 'hint'));
      return;
    }
    box.appendChild(table(['Question', 'Fois', 'Dernière fois', 'Pourquoi'], questions.map(function (q) {
      return [{ text: q.text }, { text: q.count, number: true }, { text: when(q.lastAskedAt) }, { text: REASON_NAMES[q.reason] || q.reason }];
    })));
  }

  function load() {
    say('Chargement…');
    var announcements = request('/announcements').then(function (response) {
      // The announcements come with another feature; until it is deployed the page says so.
      if (response.status === 404 || response.status === 405) { return null; }
      if (!response.ok) { throw new Error('Le serveur a répondu ' + response.status + ' pour les annonces.'); }
      return response.json();
    });
    return Promise.all([json('/signups'), announcements, json('/unanswered')]).then(function (results) {
      form.hidden = true;
      board.hidden = false;
      drawSignUps(results[0]);
      drawAnnouncements(document.getElementById('announcements'), results[1]);
      drawUnanswered(document.getElementById('unanswered'), results[2]);
      say('');
      document.body.setAttribute('data-loaded', 'true');
    }).catch(function (error) {
      say(error.message);
      if (!sessionStorage.getItem(KEY)) {
        board.hidden = true;
        form.hidden = false;
      }
    });
  }

  function downloadCsv() {
    request('/signups.csv').then(function (response) {
      if (!response.ok) { throw new Error('Le serveur a répondu ' + response.status + ' pour la liste.'); }
      return response.blob();
    }).then(function (blob) {
      var link = element('a');
      link.href = URL.createObjectURL(blob);
      link.download = 'inscriptions-popup-dev-eco.csv';
      document.body.appendChild(link);
      link.click();
      link.remove();
      URL.revokeObjectURL(link.href);
    }).catch(function (error) { say(error.message); });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var key = document.getElementById('key').value.trim();
    document.getElementById('key').value = '';
    // Browsers send header bytes as typed and the server refuses anything but visible ASCII in a header.
    if (!/^[\x21-\x7e]+$/.test(key)) {
      say('Une clé d\'organisateur ne contient ni accents ni espaces : vérifiez-la.');
      return;
    }
    sessionStorage.setItem(KEY, key);
    load();
  });
  document.getElementById('refresh').addEventListener('click', load);
  document.getElementById('csv').addEventListener('click', downloadCsv);
  document.getElementById('forget').addEventListener('click', function () {
    sessionStorage.removeItem(KEY);
    board.hidden = true;
    form.hidden = false;
    say('');
  });

  if (sessionStorage.getItem(KEY)) {
    load();
  } else {
    form.hidden = false;
  }
})();

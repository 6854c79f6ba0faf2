// EventBot's page: Web Chat in French, on the embedded Direct Line (local mode) or on Azure's (production mode,
// with a token from /api/webchat/token). The conversation is kept in sessionStorage so a reload brings it back.
(function () {
  'use strict';

  var STORAGE_KEY = 'eventbot.webchat.conversation';
  var NIGHT_BLUE = '#1F4E8C';
  var SAFFRON = '#F2A900';
  var WHITE = '#FFFFFF';

  var styleOptions = {
    accent: NIGHT_BLUE,
    backgroundColor: WHITE,
    hideUploadButton: true,
    botAvatarInitials: 'EB',
    botAvatarBackgroundColor: NIGHT_BLUE,
    userAvatarInitials: 'Moi',
    userAvatarBackgroundColor: SAFFRON,
    bubbleBackground: '#F3F6FB',
    bubbleBorderColor: '#D6E0EE',
    bubbleBorderRadius: 8,
    bubbleFromUserBackground: NIGHT_BLUE,
    bubbleFromUserTextColor: WHITE,
    bubbleFromUserBorderColor: NIGHT_BLUE,
    bubbleFromUserBorderRadius: 8,
    suggestedActionLayout: 'flow',
    suggestedActionBackgroundColor: WHITE,
    suggestedActionBorderColor: SAFFRON,
    suggestedActionBorderWidth: 2,
    suggestedActionBorderRadius: 16,
    suggestedActionTextColor: NIGHT_BLUE,
    suggestedActionBackgroundColorOnHover: '#FFF4D6',
    sendBoxButtonColor: NIGHT_BLUE,
    sendBoxButtonColorOnHover: SAFFRON,
    sendBoxBorderTop: '2px solid ' + SAFFRON,
    transcriptActivityVisualKeyboardIndicatorColor: SAFFRON,
    cardEmphasisBackgroundColor: '#FFF4D6',
    primaryFont: '"Segoe UI", "Helvetica Neue", Arial, sans-serif'
  };

  function showStatus(text) {
    var status = document.getElementById('status');
    status.textContent = text;
    status.hidden = false;
  }

  function readSaved() {
    try {
      var saved = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) || 'null');
      return saved && saved.conversationId && saved.token ? saved : null;
    } catch (e) {
      return null;
    }
  }

  function save(conversation) {
    try {
      window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ conversationId: conversation.conversationId, token: conversation.token }));
    } catch (e) { /* private mode: no history on reload, that is all */ }
  }

  function postJson(url, token) {
    var headers = { 'Content-Type': 'application/json' };
    if (token) { headers.Authorization = 'Bearer ' + token; }
    return fetch(url, { method: 'POST', headers: headers, body: '{}' }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (body) {
        if (!response.ok) {
          var message = body && (typeof body.error === 'string' ? body.error : body.error && body.error.message);
          var failure = new Error(message || ('HTTP ' + response.status));
          failure.status = response.status;
          throw failure;
        }
        return body;
      });
    });
  }

  // A saved conversation still known to Direct Line, with a fresh token; null when it is gone (expired, restarted).
  function resume(domain, saved) {
    return postJson(domain + '/tokens/refresh', saved.token).then(function (refreshed) {
      return { conversationId: saved.conversationId, token: refreshed.token || saved.token };
    }, function () {
      return null;
    });
  }

  function start(config, domain) {
    // Local mode: the embedded Direct Line starts the conversation (the bot sends its welcome then).
    // Production mode: the bot's own endpoint exchanges the secret for a token, server-side.
    return config.mode === 'azure' ? postJson('api/webchat/token') : postJson(domain + '/conversations');
  }

  function render(domain, conversation) {
    save(conversation);
    var directLine = window.WebChat.createDirectLine({
      domain: domain,
      token: conversation.token,
      conversationId: conversation.conversationId,
      webSocket: true
    });

    // Web Chat refreshes its token itself; keep the latest for the next reload.
    window.addEventListener('pagehide', function () {
      if (directLine.token) { save({ conversationId: conversation.conversationId, token: directLine.token }); }
    });

    window.WebChat.renderWebChat({
      directLine: directLine,
      locale: 'fr-FR',
      styleOptions: styleOptions
    }, document.getElementById('webchat'));

    var box = document.querySelector('#webchat input, #webchat textarea');
    if (box) { box.focus(); }
  }

  function main() {
    if (!window.WebChat) {
      showStatus('Le module de discussion (lib/webchat.js) n\'a pas pu être chargé. Rechargez la page.');
      return;
    }

    fetch('api/webchat/config', { cache: 'no-store' })
      .then(function (response) { return response.json(); })
      .then(function (config) {
        if (config.mode === 'off') {
          showStatus('La discussion en ligne n\'est pas disponible sur ce serveur.');
          return null;
        }

        var domain = config.mode === 'azure' ? config.directLine : window.location.origin + config.directLine;
        var saved = readSaved();
        return (saved ? resume(domain, saved) : Promise.resolve(null))
          .then(function (resumed) { return resumed || start(config, domain); })
          .then(function (conversation) { render(domain, conversation); });
      })
      .catch(function (failure) {
        showStatus((failure && failure.message) || 'La discussion n\'a pas pu démarrer. Rechargez la page dans un instant.');
      });
  }

  main();
})();

// Starts Web Chat on #webchat. Plain browser script, served as is (no build step).
// The server writes the Direct Line mode into <body data-directline="service|local|off">.
(function () {
  'use strict';

  var STORAGE_KEY = 'assistant-france-services-oise/directline';
  var MIN_VALIDITY_MS = 2 * 60 * 1000; // a stored token closer to expiry than this is not reused
  var REFRESH_BEFORE_MS = 5 * 60 * 1000;
  var UNAVAILABLE =
    "La discussion n'est pas disponible pour le moment. Réessayez plus tard, ou rendez-vous dans une France services : un conseiller vous aidera.";

  var body = document.body;
  var mode = body.getAttribute('data-directline');
  var root = document.getElementById('webchat');
  var nonce = document.currentScript ? document.currentScript.nonce : undefined;

  function domain() {
    return mode === 'service' ? body.getAttribute('data-directline-domain') : window.location.origin + '/v3/directline';
  }

  function loadSession() {
    try {
      var saved = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) || 'null');
      if (saved && saved.token && saved.conversationId && saved.expiry - Date.now() > MIN_VALIDITY_MS) return saved;
    } catch {
      // Storage blocked or corrupted: start a new conversation.
    }
    return null;
  }

  function saveSession(session) {
    try {
      window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
    } catch {
      // Without storage, a reload simply starts a new conversation.
    }
  }

  async function postJson(url, token) {
    var headers = token ? { Authorization: 'Bearer ' + token } : {};
    var response = await fetch(url, { method: 'POST', headers: headers });
    if (!response.ok) throw new Error('HTTP ' + response.status + ' on ' + url);
    return response.json();
  }

  async function newSession() {
    var url = mode === 'service' ? '/api/directline/token' : '/v3/directline/conversations';
    var issued = await postJson(url);
    return { token: issued.token, conversationId: issued.conversationId, expiry: Date.now() + issued.expires_in * 1000, joined: false };
  }

  // Keeps the stored token valid so that a reload can resume the conversation.
  function scheduleRefresh(session) {
    var delay = Math.max(10 * 1000, session.expiry - Date.now() - REFRESH_BEFORE_MS);
    window.setTimeout(async function () {
      try {
        var refreshed = await postJson(domain() + '/tokens/refresh', session.token);
        session.token = refreshed.token;
        session.expiry = Date.now() + refreshed.expires_in * 1000;
        saveSession(session);
      } catch {
        session.expiry = 0; // next reload starts a new conversation
        saveSession(session);
        return;
      }
      scheduleRefresh(session);
    }, delay);
  }

  // Answers in another language than the page's (English for residents who write English) carry that
  // language as `lang`, so that screen readers switch voice. The bot sets each activity's `locale`; Web
  // Chat 4.18 renders no `lang` and has no hook on the two elements that show a message: the transcript's
  // <article> (ActivityRow) and the live region's <article> that announces it (LiveRegionActivity); its
  // full bundle does not expose React for an activity middleware either. So each such bot message is
  // remembered by its first text (its text, or its card's `speak`, the card's first text: the live region
  // shows a card as its `speak` and its buttons only), and the articles showing that text are marked:
  // in the transcript, the message's bubbles and the label read when moving through the transcript; in
  // the live region, the announcement, whose first line ("Le bot a dit :", Web Chat's) stays in the page's
  // language.
  var pageLanguage = (document.documentElement.lang || 'fr').split('-')[0];
  var foreignMessages = []; // { key, language }, oldest first
  var KEY_LENGTH = 40;

  // Letters and digits only: markdown, spacing and punctuation differ between the places a text is shown.
  function textKey(text) {
    return String(text || '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '');
  }

  function firstText(activity) {
    if (activity.text) return activity.text;
    var card = (activity.attachments || []).map(function (a) {
      return a.content;
    })[0];
    return card && typeof card.speak === 'string' ? card.speak : '';
  }

  function rememberLanguage(activity) {
    if (!activity || activity.type !== 'message' || !activity.from || activity.from.role !== 'bot' || !activity.locale) return;
    var language = activity.locale.split('-')[0];
    var key = textKey(firstText(activity)).slice(0, KEY_LENGTH);
    if (language !== pageLanguage && key) foreignMessages.push({ key: key, language: language });
  }

  // The language of the latest remembered message the element shows, if any.
  function languageShownIn(element) {
    var text = textKey(element.textContent);
    for (var i = foreignMessages.length - 1; i >= 0; i--) {
      if (text.indexOf(foreignMessages[i].key) >= 0) return foreignMessages[i].language;
    }
    return null;
  }

  function markTranscriptMessage(article) {
    if (article.querySelector('.webchat__bubble--from-user')) return;
    var language = languageShownIn(article);
    if (!language) return;
    article.setAttribute('data-language-marked', '');
    article.querySelectorAll('.webchat__bubble, .webchat__basic-transcript__activity-active-descendant').forEach(function (part) {
      part.setAttribute('lang', language);
    });
  }

  function markAnnouncement(article) {
    var language = languageShownIn(article);
    if (!language) return;
    article.setAttribute('lang', language);
    if (article.firstElementChild) article.firstElementChild.setAttribute('lang', pageLanguage);
  }

  function markLanguages() {
    if (foreignMessages.length === 0) return;
    root.querySelectorAll('article.webchat__basic-transcript__activity:not([data-language-marked])').forEach(markTranscriptMessage);
    root.querySelectorAll('article.webchat__live-region-activity:not([lang])').forEach(markAnnouncement);
  }

  new window.MutationObserver(markLanguages).observe(root, { childList: true, subtree: true });

  // The bot greets a new conversation when it receives "webchat/join"; a resumed one is not greeted again.
  function createStore(session) {
    return window.WebChat.createStore({}, function (api) {
      return function (next) {
        return function (action) {
          if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') rememberLanguage(action.payload && action.payload.activity);
          if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED' && !session.joined) {
            session.joined = true;
            saveSession(session);
            api.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'webchat/join', value: { language: 'fr-FR' } } });
          }
          return next(action);
        };
      };
    });
  }

  var styleOptions = {
    primaryFont: 'Marianne, arial, sans-serif',
    accent: '#000091',
    subtle: '#666666',
    timestampColor: '#666666',
    backgroundColor: '#ffffff',
    bubbleBackground: '#f6f6f6',
    bubbleBorderColor: '#dddddd',
    bubbleBorderRadius: 4,
    bubbleTextColor: '#161616',
    bubbleFromUserBackground: '#000091',
    bubbleFromUserBorderColor: '#000091',
    bubbleFromUserBorderRadius: 4,
    bubbleFromUserTextColor: '#ffffff',
    bubbleMaxWidth: 600,
    cardEmphasisBackgroundColor: '#f5f5fe',
    hideUploadButton: true,
    // A long answer is shown from its start: scrolling pauses once new messages fill the transcript.
    autoScrollSnapOnPage: true,
    autoScrollSnapOnPageOffset: 0,
    sendBoxButtonColor: '#000091',
    sendBoxButtonColorOnHover: '#1212ff',
    sendBoxTextWrap: true,
    sendBoxBorderTop: '1px solid #dddddd',
    suggestedActionBackgroundColor: '#ffffff',
    suggestedActionBorderColor: '#000091',
    suggestedActionBorderRadius: 4,
    suggestedActionTextColor: '#000091',
    suggestedActionLayout: 'flow',
    transcriptVisualKeyboardIndicatorColor: '#0a76f6',
    transcriptVisualKeyboardIndicatorWidth: 2,
  };

  function showUnavailable() {
    var message = document.createElement('p');
    message.className = 'fr-alert fr-alert--warning fr-alert--sm chat__status';
    message.setAttribute('role', 'alert');
    message.textContent = UNAVAILABLE;
    root.replaceChildren(message);
  }

  async function start() {
    if (mode !== 'service' && mode !== 'local') return showUnavailable();
    var session = loadSession();
    if (!session) {
      session = await newSession();
      saveSession(session);
    }
    scheduleRefresh(session);
    var directLine = window.WebChat.createDirectLine({
      token: session.token,
      conversationId: session.conversationId,
      domain: domain(),
      webSocket: mode === 'service',
    });
    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        store: createStore(session),
        locale: 'fr-FR',
        nonce: nonce,
        role: body.getAttribute('data-webchat-role') || 'region',
        styleOptions: styleOptions,
      },
      root,
    );
  }

  // "Aller à la discussion" puts the cursor in the message box.
  document.querySelectorAll('[data-focus-chat]').forEach(function (link) {
    link.addEventListener('click', function () {
      window.setTimeout(function () {
        var input = root.querySelector('textarea, input[type="text"]');
        if (input) input.focus();
      }, 0);
    });
  });

  // In the floating panel of a partner site (embed.js), Escape closes the panel.
  if (window.parent !== window) {
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && !event.defaultPrevented) {
        window.parent.postMessage({ type: 'assistant-france-services-oise/close' }, '*');
      }
    });
  }

  start().catch(function (error) {
    console.warn('Web Chat could not start:', error);
    showUnavailable();
  });
})();

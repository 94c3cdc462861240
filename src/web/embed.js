// Floating "Une question sur vos démarches ?" button for a partner website (e.g. the préfecture's).
// It opens this service's /widget page in an iframe panel. Everything is loaded from the host that
// serves this script, read from the script's own address: the embedding page sets nothing else.
(function () {
  'use strict';

  var ID = 'assistant-france-services-oise';
  if (document.getElementById(ID)) return;
  var origin = new window.URL(document.currentScript.src).origin;
  var TITLE = "Assistant France services de l'Oise";

  function element(tag, className, attributes) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    Object.keys(attributes || {}).forEach(function (name) {
      node.setAttribute(name, attributes[name]);
    });
    return node;
  }

  var stylesheet = element('link', '', { rel: 'stylesheet', href: origin + '/assets/app/embed.css' });
  document.head.appendChild(stylesheet);

  var root = element('div', 'afs-assistant', { id: ID });
  var toggle = element('button', 'afs-assistant__toggle', { type: 'button', 'aria-expanded': 'false', 'aria-controls': ID + '-panel' });
  toggle.textContent = 'Une question sur vos démarches ?';
  var panel = element('div', 'afs-assistant__panel', { id: ID + '-panel', role: 'dialog', 'aria-label': TITLE });
  panel.hidden = true;
  var bar = element('div', 'afs-assistant__bar');
  var title = element('p', 'afs-assistant__title');
  title.textContent = TITLE;
  var close = element('button', 'afs-assistant__close', { type: 'button', 'aria-label': "Fermer l'assistant" });
  close.textContent = '×';
  bar.append(title, close);
  panel.append(bar);
  root.append(panel, toggle);
  var frame = null;

  function open() {
    if (!frame) {
      // Created on first opening only: nothing is loaded for visitors who never open the assistant.
      frame = element('iframe', 'afs-assistant__frame', { src: origin + '/widget', title: TITLE });
      panel.append(frame);
    }
    panel.hidden = false;
    toggle.setAttribute('aria-expanded', 'true');
    frame.focus();
  }

  function shut() {
    if (panel.hidden) return;
    panel.hidden = true;
    toggle.setAttribute('aria-expanded', 'false');
    toggle.focus();
  }

  toggle.addEventListener('click', function () {
    if (panel.hidden) open();
    else shut();
  });
  close.addEventListener('click', shut);
  panel.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') shut();
  });
  // Escape pressed inside the iframe: the widget tells us (see chat.js).
  window.addEventListener('message', function (event) {
    if (event.origin === origin && event.data && event.data.type === 'assistant-france-services-oise/close') shut();
  });

  function mount() {
    document.body.appendChild(root);
  }
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount);
})();

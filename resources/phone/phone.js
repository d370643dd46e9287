// SPDX-License-Identifier: GPL-3.0-or-later
// The phone page of the participation round (docs/participation.md): who you are, the
// post-it round, the priority round. Talks only to the facilitator's editor over one
// WebSocket; keeps its device id and every proposal not yet decided in localStorage and
// sends them again after a reconnect (the editor ignores what it already has).
'use strict';
(function () {
  var TEXTS = {
    en: {
      title: 'Network map', whoTitle: 'Who are you?',
      whoHint: 'Choose your code. Your name is never asked.', iAmNew: 'I am new',
      yourRole: 'Your role (for example: teacher, care coordinator)', join: 'Join',
      pendingTitle: 'Almost there',
      pendingText: 'The facilitator confirms you on the laptop. This page continues by itself.',
      namesTitle: 'Your partners',
      namesHint: 'Type one partner you work with and press Enter. Then the next one.',
      labelPlaceholder: 'Partner\u2019s name', send: 'Send', sentTitle: 'Sent',
      marksTitle: 'What matters to you?',
      marksHint: 'Tap the partners that matter most to you. Tap again to undo.',
      closedTitle: 'Thank you',
      closedText: 'The round is closed. Keep this page open: the facilitator may start another round.',
      removedTitle: 'Removed', removedText: 'The facilitator removed this phone from the session.',
      notYou: 'Not you?',
      local: 'This page talks only to the facilitator\u2019s laptop in this room, over the local network. Nothing goes to the internet.',
      connected: 'Connected to the facilitator\u2019s laptop', connecting: 'Connecting\u2026',
      offline: 'No connection to the laptop. Trying again\u2026 What you type is kept.',
      noCategory: 'No category', you: 'You are %1', role: '%1 (%2)', noPartners: 'No partners yet.',
      queued: 'waiting', sent: 'sent', accepted: 'on the map', merged: 'merged',
      rejected: 'not taken', refused: 'refused', marked: 'matters to me'
    },
    nl: {
      title: 'Netwerkkaart', whoTitle: 'Wie ben je?',
      whoHint: 'Kies je code. Je naam wordt nooit gevraagd.', iAmNew: 'Ik ben nieuw',
      yourRole: 'Je rol (bijvoorbeeld: leerkracht, zorgcoördinator)', join: 'Meedoen',
      pendingTitle: 'Bijna klaar',
      pendingText: 'De begeleider bevestigt je op de laptop. Deze pagina gaat vanzelf verder.',
      namesTitle: 'Jouw partners',
      namesHint: 'Typ één partner waarmee je samenwerkt en druk op Enter. Dan de volgende.',
      labelPlaceholder: 'Naam partner', send: 'Verstuur', sentTitle: 'Verstuurd',
      marksTitle: 'Wat is belangrijk voor jou?',
      marksHint: 'Tik de partners aan die voor jou het belangrijkst zijn. Nog eens tikken maakt het ongedaan.',
      closedTitle: 'Bedankt',
      closedText: 'De ronde is gesloten. Laat deze pagina open: de begeleider start misschien nog een ronde.',
      removedTitle: 'Verwijderd', removedText: 'De begeleider heeft deze telefoon uit de sessie gehaald.',
      notYou: 'Niet jij?',
      local: 'Deze pagina praat alleen met de laptop van de begeleider in dit lokaal, over het lokale netwerk. Niets gaat naar het internet.',
      connected: 'Verbonden met de laptop van de begeleider', connecting: 'Verbinden\u2026',
      offline: 'Geen verbinding met de laptop. Opnieuw proberen\u2026 Wat je typt, blijft bewaard.',
      noCategory: 'Geen categorie', you: 'Je bent %1', role: '%1 (%2)', noPartners: 'Nog geen partners.',
      queued: 'wacht', sent: 'verstuurd', accepted: 'op de kaart', merged: 'samengevoegd',
      rejected: 'niet opgenomen', refused: 'geweigerd', marked: 'belangrijk voor mij'
    }
  };
  var UNDECIDED = { queued: true, sent: true };

  var $ = function (id) { return document.getElementById(id); };
  var token = (location.pathname.match(/\/j\/([^/]+)\//) || [])[1] || 'local';
  var storeKey = 'nwk.proposals.' + token;
  var lang = /^nl/i.test(navigator.language || '') ? 'nl' : 'en';
  var view = null;          // the last welcome
  var proposals = load();   // cid -> {t, label, category, partner, on, state, seq}
  var socket = null, backoff = 500, lastHeard = 0, removed = false, chooseAgain = false;
  var connecting = false, retryTimer = null; // one socket at a time: opening, or a retry waiting
  var resent = false;                        // this connection's first welcome was answered
  var resendQueue = [], resendTimer = null, rateTimer = null;
  var category = '';

  function load() {
    try { return JSON.parse(localStorage.getItem(storeKey)) || {}; } catch (e) { return {}; }
  }
  function save() {
    try { localStorage.setItem(storeKey, JSON.stringify(proposals)); } catch (e) { /* full */ }
  }
  function deviceId() {
    var id = localStorage.getItem('nwk.device');
    if (!id || !/^[A-Za-z0-9_-]{8,64}$/.test(id)) {
      var bytes = new Uint8Array(16);
      crypto.getRandomValues(bytes);
      id = 'd' + Array.prototype.map.call(bytes, function (b) {
        return ('0' + b.toString(16)).slice(-2);
      }).join('');
      localStorage.setItem('nwk.device', id);
    }
    return id;
  }
  function nextCid() {
    var n = Number(localStorage.getItem('nwk.seq') || '0') + 1;
    localStorage.setItem('nwk.seq', String(n));
    return { cid: 'c' + n.toString(36) + Math.random().toString(36).slice(2, 6), seq: n };
  }
  // The first `n` UTF-16 units of `s` (the editor's limit), never half a surrogate pair.
  function cut(s, n) {
    if (s.length <= n) return s;
    var last = s.charCodeAt(n - 1);
    return s.slice(0, last >= 0xD800 && last <= 0xDBFF ? n - 1 : n);
  }
  function t(key) { return (TEXTS[lang] || TEXTS.en)[key] || TEXTS.en[key] || key; }

  // ---- Connection -------------------------------------------------------------------
  function wsUrl() {
    var meta = document.querySelector('meta[name="nwk-ws"]');
    if (meta && meta.content) return meta.content;
    var dir = location.pathname.replace(/[^/]*$/, '');
    return (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + dir + 'ws';
  }
  function connect() {
    if (removed || connecting || open()) return;
    if (retryTimer) { clearTimeout(retryTimer); retryTimer = null; }
    showConnection('connecting');
    var s;
    try { s = new WebSocket(wsUrl()); } catch (e) { retry(); return; }
    socket = s;
    connecting = true;
    resent = false;
    // Events of a socket that is no longer the current one are ignored.
    s.onopen = function () {
      if (s !== socket) return;
      connecting = false;
      backoff = 500;
      lastHeard = Date.now();
      send({ t: 'hello', device: deviceId() });
    };
    s.onmessage = function (event) {
      if (s !== socket) return;
      lastHeard = Date.now();
      var m;
      try { m = JSON.parse(event.data); } catch (e) { return; }
      if (m && typeof m.t === 'string') receive(m);
    };
    s.onclose = function () {
      if (s !== socket) return;
      socket = null;
      connecting = false;
      stopResend();
      retry();
    };
    s.onerror = function () { if (s === socket) s.close(); };
  }
  function retry() {
    if (removed || retryTimer) return;
    showConnection('offline');
    retryTimer = setTimeout(function () { retryTimer = null; connect(); }, backoff);
    backoff = Math.min(backoff * 2, 10000);
  }
  function open() { return socket && socket.readyState === WebSocket.OPEN; }
  function send(message) {
    if (!open()) return false;
    socket.send(JSON.stringify(message));
    return true;
  }
  setInterval(function () {
    if (!open()) return;
    if (Date.now() - lastHeard > 45000) { socket.close(); return; }
    send({ t: 'ping' });
  }, 15000);
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'visible' && !open() && !connecting && !removed) {
      backoff = 500;
      connect(); // clears a waiting retry: still one socket
    }
  });

  // ---- Messages from the editor --------------------------------------------------------
  function receive(m) {
    if (m.t === 'welcome') welcome(m);
    else if (m.t === 'state') setState(m.cid, m.state, m.partner);
    else if (m.t === 'error') refused(m);
    else if (m.t === 'removed') { removed = true; if (socket) socket.close(); show('removed'); }
  }
  function welcome(m) {
    view = m;
    if (m.lang === 'nl' || m.lang === 'en') lang = m.lang;
    var known = {};
    (m.proposals || []).forEach(function (p) {
      known[p.cid] = true;
      if (proposals[p.cid]) { proposals[p.cid].state = p.state; proposals[p.cid].partner = p.partner; }
    });
    save();
    showConnection('connected');
    render();
    // Welcomes come after every change of the map: only the first of a connection resends,
    // and only what the editor does not have.
    if (m.you && m.you.participant && !resent) {
      resent = true;
      resend(function (p) { return !known[p.cid]; });
    }
  }
  function setState(cid, state, partner) {
    var p = proposals[cid];
    if (!p) return;
    p.state = state;
    if (partner) p.partner = partner;
    save();
    renderSent();
    renderPartners();
  }
  function refused(m) {
    if (m.code === 'rate') {
      // Too fast (with or without a cid): what the editor has not answered, later, spaced.
      if (!rateTimer) {
        rateTimer = setTimeout(function () {
          rateTimer = null;
          resend(function (p) { return p.state === 'queued'; });
        }, 2000);
      }
      return;
    }
    var p = m.cid && proposals[m.cid];
    if (!p) return;
    if (m.code === 'invalid' || m.code === 'unknown-id' || m.code === 'too-large' ||
        m.code === 'closed') {
      p.state = 'refused';
      save();
      renderSent();
      renderPartners();
    }
  }
  // Resends the undecided proposals `which` accepts, oldest first, at most 10 a second.
  function resend(which) {
    var queued = {};
    resendQueue.forEach(function (p) { queued[p.cid] = true; });
    Object.keys(proposals).map(function (cid) { return proposals[cid]; })
      .filter(function (p) { return UNDECIDED[p.state] && !queued[p.cid] && which(p); })
      .sort(function (a, b) { return a.seq - b.seq; })
      .forEach(function (p) { resendQueue.push(p); });
    if (!resendTimer) pump();
  }
  function pump() {
    resendTimer = null;
    if (!open() || !resendQueue.length) return;
    var p = resendQueue.shift();
    if (UNDECIDED[p.state]) transmit(p);
    if (resendQueue.length) resendTimer = setTimeout(pump, 100);
  }
  function stopResend() {
    if (resendTimer) { clearTimeout(resendTimer); resendTimer = null; }
    resendQueue = [];
  }
  function transmit(p) {
    if (p.t === 'partner') send({ t: 'partner', cid: p.cid, label: p.label, category: p.category });
    else if (p.t === 'tick') send({ t: 'tick', cid: p.cid, partner: p.partner, on: p.on });
  }
  function propose(p) {
    var id = nextCid();
    p.cid = id.cid;
    p.seq = id.seq;
    p.state = 'queued';
    proposals[p.cid] = p;
    save();
    transmit(p);
  }

  // ---- Screens --------------------------------------------------------------------------
  var SCREENS = ['who', 'pending', 'names', 'marks', 'closed', 'removed'];
  function show(name) {
    SCREENS.forEach(function (s) { $(s).hidden = s !== name; });
  }
  function showConnection(state) {
    var el = $('conn');
    el.textContent = t(state);
    el.className = 'conn ' + state;
  }
  function translate() {
    document.documentElement.lang = lang;
    Array.prototype.forEach.call(document.querySelectorAll('[data-t]'), function (el) {
      el.textContent = t(el.getAttribute('data-t'));
    });
    Array.prototype.forEach.call(document.querySelectorAll('[data-tp]'), function (el) {
      el.placeholder = t(el.getAttribute('data-tp'));
    });
  }
  function me() {
    var id = view && view.you ? view.you.participant : '';
    return (view.participants || []).filter(function (p) { return p.id === id; })[0];
  }
  function render() {
    translate();
    var who = me();
    $('you').textContent = who ? t('you').replace('%1', function () { return who.code; }) : '';
    $('change').hidden = !who;
    if (removed) return show('removed');
    if (view.you && view.you.pending) return show('pending');
    if (!who || chooseAgain) { renderPeople(); return show('who'); }
    if (view.round === 'names') { renderSwatches(); renderSent(); return show('names'); }
    if (view.round === 'marks') { renderPartners(); return show('marks'); }
    show('closed');
  }
  function button(cls, text) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = cls;
    b.textContent = text;
    return b;
  }
  function renderPeople() {
    var list = $('people');
    list.textContent = '';
    (view.participants || []).forEach(function (p) {
      var b = button('person', p.role ? t('role').replace('%1', function () { return p.code; })
        .replace('%2', function () { return p.role; }) : p.code);
      b.addEventListener('click', function () {
        chooseAgain = false;
        send({ t: 'iam', participant: p.id });
      });
      list.appendChild(b);
    });
  }
  function categoryOf(id) {
    return (view.categories || []).filter(function (c) { return c.id === id; })[0];
  }
  function renderSwatches() {
    var box = $('swatches');
    box.textContent = '';
    if (category && !categoryOf(category)) category = '';
    var all = [{ id: '', label: t('noCategory'), color: '' }].concat(view.categories || []);
    all.forEach(function (c) {
      var b = button('swatch' + (c.id ? '' : ' none'), '');
      b.setAttribute('role', 'radio');
      b.setAttribute('aria-checked', String(c.id === category));
      b.setAttribute('aria-label', c.label);
      b.title = c.label;
      if (c.color) b.style.background = c.color;
      b.addEventListener('click', function () {
        category = c.id;
        renderSwatches();
        $('label').focus();
      });
      box.appendChild(b);
    });
    var chosen = categoryOf(category);
    var name = document.createElement('span');
    name.className = 'swatchname';
    name.textContent = chosen ? chosen.label : t('noCategory');
    box.appendChild(name);
  }
  function renderSent() {
    if (!view) return;
    var list = $('sent');
    list.textContent = '';
    Object.keys(proposals).map(function (cid) { return proposals[cid]; })
      .filter(function (p) { return p.t === 'partner'; })
      .sort(function (a, b) { return b.seq - a.seq; })
      .forEach(function (p) {
        var li = document.createElement('li');
        var dot = document.createElement('span');
        var c = categoryOf(p.category);
        dot.className = 'dot';
        if (c) dot.style.background = c.color;
        var label = document.createElement('span');
        label.className = 'label';
        label.textContent = p.label;
        var state = document.createElement('span');
        state.className = 'state ' + p.state;
        state.textContent = t(p.state);
        li.appendChild(dot);
        li.appendChild(label);
        li.appendChild(state);
        list.appendChild(li);
      });
  }
  /// The partners marked for me: the editor's ticks, then my ticks not yet decided.
  function ticked() {
    var on = {};
    (view.ticks || []).forEach(function (id) { on[id] = true; });
    Object.keys(proposals).map(function (cid) { return proposals[cid]; })
      .filter(function (p) { return p.t === 'tick' && UNDECIDED[p.state]; })
      .sort(function (a, b) { return a.seq - b.seq; })
      .forEach(function (p) { on[p.partner] = p.on; });
    return on;
  }
  function renderPartners() {
    if (!view) return;
    var list = $('partners');
    var on = ticked();
    list.textContent = '';
    if (!(view.partners || []).length) {
      var empty = document.createElement('li');
      empty.className = 'empty';
      empty.textContent = t('noPartners');
      list.appendChild(empty);
    }
    (view.partners || []).forEach(function (p) {
      var li = document.createElement('li');
      // "confirmed": the editor holds the mark (its ticks), not only this phone.
      var held = (view.ticks || []).indexOf(p.id) >= 0 && on[p.id];
      var b = button('partner' + (on[p.id] ? ' on' : '') + (held ? ' confirmed' : ''), p.label);
      var c = categoryOf(p.category);
      b.setAttribute('aria-pressed', String(!!on[p.id]));
      b.dataset.partner = p.id;
      if (c) b.style.borderLeftColor = c.color;
      b.addEventListener('click', function () {
        propose({ t: 'tick', partner: p.id, on: !ticked()[p.id] });
        renderPartners();
      });
      li.appendChild(b);
      list.appendChild(li);
    });
  }

  // ---- Forms --------------------------------------------------------------------------
  $('nameform').addEventListener('submit', function (event) {
    event.preventDefault();
    var field = $('label');
    var label = field.value.trim();
    field.value = '';
    field.focus();
    if (!label) return;
    propose({ t: 'partner', label: cut(label, 80), category: category });
    renderSent();
  });
  $('newform').addEventListener('submit', function (event) {
    event.preventDefault();
    var role = $('role').value.trim();
    if (!role) return;
    chooseAgain = false;
    send({ t: 'iamNew', role: cut(role, 80) });
  });
  $('change').addEventListener('click', function () {
    chooseAgain = true;
    render();
  });

  translate();
  connect();
})();

// gi-bot web console: the test chat. Replies are inserted with textContent (never as HTML).
'use strict';

// File pickers: show the chosen file's name beside our Chinese button.
document.addEventListener('DOMContentLoaded', () => {
  for (const picker of document.querySelectorAll('label.file-pick')) {
    const input = picker.querySelector('input[type=file]');
    const name = picker.querySelector('.file-name');
    input.addEventListener('change', () => {
      name.textContent = input.files && input.files.length ? input.files[0].name : name.dataset.empty;
    });
  }
});

document.addEventListener('DOMContentLoaded', () => {
  const form = document.getElementById('chat-form');
  if (!form) return;
  const log = document.getElementById('chat');
  const input = document.getElementById('chat-text');
  const csrf = document.querySelector('main').dataset.csrf;
  const errorText = document.getElementById('chat-error').textContent;

  // The conversation survives reloads in this tab; keyed by the session, so another sign-in starts afresh.
  const storeKey = `gi-chat:${csrf.slice(0, 16)}`;
  const history = (() => {
    try {
      const saved = JSON.parse(sessionStorage.getItem(storeKey) || '[]');
      return Array.isArray(saved) ? saved.filter((m) => m && typeof m.text === 'string' && typeof m.kind === 'string') : [];
    } catch {
      return [];
    }
  })();

  const show = (text, kind) => {
    const div = document.createElement('div');
    div.className = `bubble ${kind === 'me' || kind === 'bot' ? kind : 'error'}`;
    div.textContent = text;
    log.appendChild(div);
    log.scrollTop = log.scrollHeight;
  };
  const bubble = (text, kind) => {
    show(text, kind);
    history.push({ text, kind });
    try {
      sessionStorage.setItem(storeKey, JSON.stringify(history.slice(-200)));
    } catch {
      // Storage full or disabled: the chat still works, only without history.
    }
  };
  for (const message of history) show(message.text, message.kind);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    bubble(text, 'me');
    input.value = '';
    input.disabled = true;
    try {
      const response = await fetch('/api/chat', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
        body: JSON.stringify({ text }),
      });
      if (!response.ok) throw new Error(String(response.status));
      const { replies } = await response.json();
      for (const reply of replies) bubble(reply, 'bot');
    } catch {
      bubble(errorText, 'error');
    } finally {
      input.disabled = false;
      input.focus();
    }
  });
});

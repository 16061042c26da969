/* The episode page's player (audioed/publish/page.py inlines this file).
   Without it the page works as a document: the browser's own audio controls, the chapter times,
   the whole transcript. With it: keyboard-operable controls, chapter buttons, sentences to play
   from, the sentence being spoken marked with aria-current="true" and kept in view, #t= links.
   It makes no request of its own. */
(function () {
  "use strict";
  var audio = document.getElementById("audio");
  var controls = document.getElementById("controls");
  if (!audio || !controls) return;
  document.documentElement.classList.add("js");

  var play = document.getElementById("play");
  var playLabel = play.querySelector(".label");
  var playIcon = play.querySelector(".icon");
  var back = document.getElementById("back");
  var forward = document.getElementById("forward");
  var speed = document.getElementById("speed");
  var seek = document.getElementById("seek");
  var elapsed = document.getElementById("elapsed");
  var nowChapter = document.getElementById("now-chapter");
  var follow = document.getElementById("follow");
  var panel = controls.closest(".player");
  var reduceMotion = window.matchMedia ? window.matchMedia("(prefers-reduced-motion: reduce)") : null;
  var total = Number(seek.max) || 0;
  var BACK = 15, FORWARD = 30;

  // --- times ------------------------------------------------------------------------------------
  function clock(s) {
    s = Math.max(0, Math.floor(s));
    var h = Math.floor(s / 3600), m = Math.floor(s / 60) % 60, r = s % 60;
    var mm = h ? (m < 10 ? "0" : "") + m : String(m);
    return (h ? h + ":" : "") + mm + ":" + (r < 10 ? "0" : "") + r;
  }
  function spoken(s) {  // "1 minute 35 seconds": what a screen reader says for the seek bar
    s = Math.max(0, Math.floor(s));
    var h = Math.floor(s / 3600), m = Math.floor(s / 60) % 60, r = s % 60, out = [];
    if (h) out.push(h + (h === 1 ? " hour" : " hours"));
    if (m) out.push(m + (m === 1 ? " minute" : " minutes"));
    if (r || !out.length) out.push(r + (r === 1 ? " second" : " seconds"));
    return out.join(" ");
  }
  function duration() {
    return isFinite(audio.duration) && audio.duration > 0 ? audio.duration : total;
  }
  // "#t=95", "#t=95.5", "#t=1:35", "#t=01:02:03" (media-fragment style); null when absent.
  function hashTime(hash) {
    var m = /(?:^#|&)t=(?:npt:)?([0-9:.]+)/.exec(hash || "");
    if (!m) return null;
    var parts = m[1].split(":"), t = 0;
    if (parts.length > 3) return null;
    for (var i = 0; i < parts.length; i++) {
      if (parts[i] === "" || isNaN(Number(parts[i]))) return null;
      t = t * 60 + Number(parts[i]);
    }
    return t;
  }

  // --- the sentences and chapters become controls ---------------------------------------------
  var sentences = [].slice.call(document.querySelectorAll("#transcript .s")).map(function (span) {
    var a = document.createElement("a");
    a.className = "s";
    a.href = "#t=" + (Number(span.getAttribute("data-start")) / 1000).toFixed(1);
    a.setAttribute("data-start", span.getAttribute("data-start"));
    a.setAttribute("data-end", span.getAttribute("data-end"));
    while (span.firstChild) a.appendChild(span.firstChild);
    span.parentNode.replaceChild(a, span);
    return {el: a, start: Number(a.getAttribute("data-start")) / 1000, end: Number(a.getAttribute("data-end")) / 1000};
  });
  var chapters = [].slice.call(document.querySelectorAll(".chapters li")).map(function (li) {
    var b = document.createElement("button");
    b.type = "button";
    while (li.firstChild) b.appendChild(li.firstChild);
    li.appendChild(b);
    return {el: b, start: Number(li.getAttribute("data-start")) / 1000,
            title: li.querySelector(".title").textContent};
  });

  // The last item starting at or before t (items are in time order).
  function lastStarted(items, t) {
    var lo = 0, hi = items.length - 1, found = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (items[mid].start <= t + 1e-6) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    return found;
  }

  // --- state shown --------------------------------------------------------------------------------
  var current = -1, currentChapter = -1, dragging = false;

  // `scroll`: bring a newly marked sentence into view (while playing, or for a deep link), so
  // opening the page or pressing a control while paused never moves the page under the reader.
  function mark(t, scroll) {
    // In a pause between two sentences the one just spoken stays marked.
    var i = lastStarted(sentences, t);
    if (i !== current) {
      if (current >= 0) sentences[current].el.removeAttribute("aria-current");
      current = i;
      if (i >= 0) {
        sentences[i].el.setAttribute("aria-current", "true");
        if (follow.checked && (scroll || !audio.paused)) keepInView(sentences[i].el);
      }
    }
    var c = lastStarted(chapters, t);
    if (c !== currentChapter) {
      if (currentChapter >= 0) chapters[currentChapter].el.removeAttribute("aria-current");
      currentChapter = c;
      if (c >= 0) chapters[c].el.setAttribute("aria-current", "true");
      nowChapter.textContent = c >= 0 ? chapters[c].title : "";
    }
  }

  function keepInView(el, instant) {
    var r = el.getBoundingClientRect(), h = window.innerHeight || document.documentElement.clientHeight;
    var top = 0;
    if (panel && getComputedStyle(panel).position === "sticky") top = panel.getBoundingClientRect().bottom;
    if (r.top >= top + 8 && r.bottom <= h - 8) return;  // already in view: do not move the page
    var smooth = !instant && !(reduceMotion && reduceMotion.matches);
    el.scrollIntoView({block: "center", behavior: smooth ? "smooth" : "auto"});
  }

  function showTime(t, announce) {
    elapsed.textContent = clock(t) + " / " + clock(duration());
    if (!dragging) seek.value = String(Math.min(t, Number(seek.max)));
    // A focused slider re-announces its value text: update it only when the listener moved it.
    if (announce || document.activeElement !== seek) {
      seek.setAttribute("aria-valuetext", spoken(t) + " of " + spoken(duration()));
    }
  }

  function showPlaying() {
    var playing = !audio.paused && !audio.ended;
    playLabel.textContent = playing ? "Pause" : "Play";
    playIcon.textContent = playing ? "\u275A\u275A" : "\u25B6";
  }

  function refresh(announce) {
    var t = audio.currentTime;
    mark(t, false);
    showTime(t, announce);
  }

  // --- actions ------------------------------------------------------------------------------------
  function seekTo(t, andPlay) {
    var d = duration();
    t = Math.max(0, d ? Math.min(t, d) : t);
    audio.currentTime = t;
    mark(t, false);
    showTime(t, true);
    if (andPlay) start();
  }
  function start() {
    var p = audio.play();
    if (p && p.catch) p.catch(function () { showPlaying(); });
  }

  play.addEventListener("click", function () {
    if (audio.paused || audio.ended) start(); else audio.pause();
  });
  back.addEventListener("click", function () { seekTo(audio.currentTime - BACK, false); });
  forward.addEventListener("click", function () { seekTo(audio.currentTime + FORWARD, false); });
  speed.addEventListener("change", function () {
    audio.playbackRate = Number(speed.value);
    audio.defaultPlaybackRate = Number(speed.value);
  });
  seek.addEventListener("input", function () { dragging = true; seekTo(Number(seek.value), false); });
  seek.addEventListener("change", function () { dragging = false; seekTo(Number(seek.value), false); });
  chapters.forEach(function (c) {
    c.el.addEventListener("click", function () { seekTo(c.start, true); });
  });
  sentences.forEach(function (s) {
    s.el.addEventListener("click", function (e) {
      if (e.button || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;  // open/copy the link as usual
      e.preventDefault();
      seekTo(s.start, true);
    });
  });
  follow.addEventListener("change", function () {
    if (follow.checked && current >= 0) keepInView(sentences[current].el);
  });

  ["play", "pause", "ended"].forEach(function (ev) { audio.addEventListener(ev, showPlaying); });
  ["timeupdate", "seeking", "seeked", "loadedmetadata", "durationchange"].forEach(function (ev) {
    audio.addEventListener(ev, function () { refresh(false); });
  });
  audio.addEventListener("ratechange", function () {
    var r = String(audio.playbackRate);
    if (speed.value !== r && speed.querySelector('option[value="' + r + '"]')) speed.value = r;
  });
  // timeupdate comes about four times a second: follow each frame while playing.
  function tick() {
    if (!audio.paused) { mark(audio.currentTime, true); window.requestAnimationFrame(tick); }
  }
  audio.addEventListener("playing", function () { window.requestAnimationFrame(tick); });

  // --- deep links: S.html#t=95 opens at 1:35 with that sentence marked ------------------------------
  // `opening`: the page is opening at the link, so it jumps there at once, as to an anchor.
  function fromHash(opening) {
    var t = hashTime(window.location.hash);
    if (t === null) return false;
    audio.currentTime = t;  // kept until the metadata is in, then applied by the browser
    mark(t, false);
    showTime(t, true);
    if (current >= 0) keepInView(sentences[current].el, opening);
    return true;
  }
  window.addEventListener("hashchange", function () { fromHash(false); });
  audio.addEventListener("loadedmetadata", function () {
    var t = hashTime(window.location.hash);
    if (t !== null && Math.abs(audio.currentTime - t) > 0.5) {
      audio.currentTime = t;
      mark(t, false);  // now, not at the next "seeking" event: the page never shows another time
      showTime(t, true);
    }
  });

  // While the player is held at the top of the window, the browser must bring a focused link or
  // button into view below it, not under it (WCAG 2.4.11, focus not obscured).
  function padForPlayer() {
    var sticky = panel && getComputedStyle(panel).position === "sticky";
    document.documentElement.style.scrollPaddingTop = sticky ? (panel.offsetHeight + 16) + "px" : "";
  }
  window.addEventListener("resize", padForPlayer);
  document.addEventListener("focusin", function (e) {
    if (!panel || panel.contains(e.target) || getComputedStyle(panel).position !== "sticky") return;
    // After the browser's own scrolling to the focused element, which may leave it under the
    // player (Shift+Tab upwards): then move it just below.
    window.requestAnimationFrame(function () {
      var r = e.target.getBoundingClientRect(), bottom = panel.getBoundingClientRect().bottom;
      if (r.top < bottom) window.scrollBy(0, r.top - bottom - 16);
    });
  });

  audio.removeAttribute("controls");
  audio.hidden = true;
  controls.hidden = false;
  follow.closest(".follow").hidden = false;
  speed.value = "1";
  padForPlayer();
  if (!fromHash(true)) refresh(false);
  showPlaying();
})();

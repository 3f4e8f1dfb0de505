// The search box of every page: finds agencies, regions, indicators and report text, by Chinese words or the first
// letters of the pinyin of a name. Without this script the box is a form that opens the agencies page.
// The index is a script beside the site (search/index.js), loaded on first use by a script element, so the search
// works from any folder and from a page opened as a file.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script) { return; }
  var root = new URL("..", script.src);
  var form = document.querySelector("form.search");
  var input = form && form.querySelector("input[type=search]");
  if (!input) { return; }
  var en = document.documentElement.lang === "en";

  // The hint, the status line and the results list are this script's: a page without it has a plain form, and every
  // page is lighter by them.
  function add(tag, attributes, text) {
    var element = document.createElement(tag);
    Object.keys(attributes).forEach(function (name) { element.setAttribute(name, attributes[name]); });
    if (text) { element.textContent = text; }
    return form.appendChild(element);
  }

  add("span", { id: "search-hint", "class": "sr" }, t("可输入中文或拼音首字母；按向下键进入结果，Esc 关闭。", "Chinese words or pinyin initials; Down arrow for the results, Escape to close."));
  var live = add("p", { "class": "search-status", role: "status" });
  var box = add("div", { id: "search-results", hidden: "" });
  var results = box.appendChild(document.createElement("ul"));
  input.setAttribute("aria-controls", "search-results");
  input.setAttribute("aria-describedby", "search-hint");
  var pagePath = decodeURIComponent(location.href.indexOf(root.href) === 0 ? location.href.slice(root.href.length) : "");
  var here = /^(?:en\/)?agencies\/([^/]+)\//.exec(pagePath);
  var index = null;
  var loading = {};
  var max = 20;

  function t(zh, english) { return en ? english : zh; }

  // Runs done once the script at the path (relative to the site root) has run, loading it the first time.
  function load(path, done) {
    if (loading[path] === true) { done(); return; }
    if (loading[path]) { loading[path].push(done); return; }
    loading[path] = [done];
    var tag = document.createElement("script");
    tag.src = new URL(path, root).href;
    tag.onload = function () { var waiting = loading[path]; loading[path] = true; waiting.forEach(function (f) { f(); }); };
    tag.onerror = function () { status(t("无法载入搜索索引。", "The search index could not be loaded.")); };
    document.head.appendChild(tag);
  }

  // Once loaded: each agency's region path (the governments above it, or its region) and level, in both languages.
  function prepare(loaded) {
    loaded.agencies.forEach(function (a) {
      var zh = [];
      var english = [];
      var at = a;
      for (var step = 0; at.u !== undefined && step < 64; step++) {
        at = loaded.agencies[at.u];
        zh.unshift(at.n);
        english.unshift(at.e || at.n);
      }
      if (zh.length === 0 && a.g) { zh.push(a.g); english.push(a.g); }
      a.e = a.e || a.n;
      a.r = zh.join(" › ");
      a.re = english.join(" › ");
      if (a.l !== undefined) { a.le = loaded.levels[a.l][1]; a.l = loaded.levels[a.l][0]; }
    });
    loaded.regions.forEach(function (r) { r.e = r.e || r.n; });
    return loaded;
  }

  function useIndex(loaded) {
    if (!index) { index = prepare(loaded); }
  }

  function loadIndex(done) { load("search/index.js", function () { useIndex(window.opendataSearch); done(); }); }

  function page(path) { return new URL((en ? "en/" : "") + path, root).href; }

  // A name's pinyin letters, "[zc]q" for 重庆, as one set of letters per character.
  function letters(pattern) {
    var sets = [];
    for (var i = 0; i < pattern.length; i++) {
      if (pattern[i] === "[") {
        var end = pattern.indexOf("]", i);
        sets.push(pattern.slice(i + 1, end));
        i = end;
      } else {
        sets.push(pattern[i]);
      }
    }
    return sets;
  }

  function initialsMatch(sets, word) {
    for (var start = 0; start + word.length <= sets.length; start++) {
      var j = 0;
      while (j < word.length && sets[start + j].indexOf(word[j]) >= 0) { j++; }
      if (j === word.length) { return true; }
    }
    return false;
  }

  function has(hay, word) { return hay && hay.toLowerCase().indexOf(word) >= 0; }

  function words(query) { return query.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 0; }); }

  // Whether one word of the query names the item: a part of its names or region, or the pinyin letters of its name.
  function names(item, word) {
    if (has(item.n, word) || has(item.e, word) || has(item.r, word) || has(item.re, word)) { return true; }
    if (/^[a-z]+$/.test(word)) {
      item.sets = item.sets || letters(item.p);
      return initialsMatch(item.sets, word);
    }
    return false;
  }

  function label(ind) { return en ? ind[2] : ind[1]; }

  function search(query) {
    var list = words(query);
    var found = [];
    if (list.length === 0) { return found; }
    // Regions (few) first, then agencies, whose names, region or pinyin every word matches.
    index.regions.forEach(function (r) {
      if (list.every(function (w) { return names(r, w); })) {
        found.push({ href: page(r.u), title: en ? r.e : r.n, note: t("下属机构", "Agencies below it"), kind: t("地区", "Region") });
      }
    });
    var agencies = index.agencies.filter(function (a) { return list.every(function (w) { return names(a, w); }); });
    agencies.forEach(function (a) {
      found.push({ href: page("agencies/" + a.id + "/index.html"), title: en ? a.e : a.n, note: [en ? a.le : a.l, en ? a.re : a.r].filter(Boolean).join(" · "), kind: t("机构", "Agency") });
    });
    // Indicators: the words that name no agency must all be in the label; the agency is one the other words name,
    // else the agency of this page, else the first agency with a page for the indicator.
    var named = index.agencies.filter(function (a) { return list.some(function (w) { return names(a, w); }); });
    var rest = list.filter(function (w) { return !named.some(function (a) { return names(a, w); }); });
    var terms = rest.length > 0 ? rest : list;
    index.indicators.forEach(function (ind, i) {
      if (!terms.every(function (w) { return has(ind[1], w) || has(ind[2], w) || ind[0] === w; })) { return; }
      var owners = rest.length < list.length ? named : index.agencies.filter(function (a) { return a.id === (here && here[1]); });
      // An agency's indicators with a page in this language: in English, the concepts only.
      var hasPage = function (a) { return index.sets[en ? a.j : a.i].indexOf(i) >= 0; };
      var withPage = owners.filter(hasPage);
      if (withPage.length === 0) {
        withPage = index.agencies.filter(hasPage).slice(0, 1);
      }
      withPage.slice(0, 5).forEach(function (a) {
        found.push({ href: page("agencies/" + a.id + "/indicators/" + ind[0] + ".html"), title: label(ind), note: en ? a.e : a.n, kind: t("指标", "Indicator") });
      });
    });
    return found;
  }

  // Report text: the reports whose narrative has every pair of neighbouring characters of each word of two or more
  // characters (Chinese is written without spaces). The pairs are in shards (search/text/NN.js) by the same sum as
  // SearchIndex.ShardOf; a query loads only the shards of its own pairs.
  var shardCount = 64;

  function bigrams(word) {
    var pairs = [];
    for (var i = 0; i + 1 < word.length; i++) { pairs.push(word.slice(i, i + 2)); }
    return pairs;
  }

  function shardOf(pair) { return (31 * pair.charCodeAt(0) + pair.charCodeAt(1)) % shardCount; }

  function reports(runs) {
    var all = {};
    runs.split(",").forEach(function (run) {
      var ends = run.split("-").map(function (n) { return parseInt(n, 36); });
      for (var n = ends[0]; n <= ends[ends.length - 1]; n++) { all[n] = true; }
    });
    return all;
  }

  function textPairs(query) {
    var pairs = [];
    words(query).forEach(function (w) { bigrams(w).forEach(function (p) { if (pairs.indexOf(p) < 0) { pairs.push(p); } }); });
    return pairs;
  }

  function missingShards(pairs) {
    var shards = window.opendataSearchText || {};
    return pairs.map(shardOf).filter(function (n, i, all) { return all.indexOf(n) === i && !shards[n]; });
  }

  function searchText(query) {
    var pairs = textPairs(query);
    if (pairs.length === 0 || missingShards(pairs).length > 0) { return []; }
    var found = null;
    pairs.forEach(function (p) {
      var runs = window.opendataSearchText[shardOf(p)][p];
      var these = runs ? reports(runs) : {};
      if (found === null) { found = these; } else { Object.keys(found).forEach(function (n) { if (!these[n]) { delete found[n]; } }); }
    });
    var numbers = Object.keys(found).map(Number).sort(function (x, y) { return x - y; });
    if (!index.reports) {
      index.reports = [];
      index.agencies.forEach(function (a) { (a.y || []).forEach(function (year) { index.reports.push([a, year]); }); });
    }
    var quoted = words(query).filter(function (w) { return w.length > 1; }).join(" ");
    return numbers.map(function (n) {
      var a = index.reports[n][0];
      var year = index.reports[n][1];
      return { href: page("agencies/" + a.id + "/" + year + "/index.html"), title: (en ? a.e : a.n) + " " + year, note: t("报告正文含有“" + quoted + "”", "The report text has “" + quoted + "”"), kind: t("报告正文", "Report text") };
    });
  }

  function status(message) { live.textContent = message; }

  function show(query) {
    var found = search(query);
    var more = searchText(query);
    var all = found.concat(more);
    // Report text arrives after the names: the list is made again then, and the result in focus keeps it.
    var focused = links().indexOf(document.activeElement);
    results.textContent = "";
    all.slice(0, max).forEach(function (f) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = f.href;
      a.textContent = f.title;
      var kind = document.createElement("span");
      kind.className = "kind";
      kind.textContent = f.kind;
      li.appendChild(kind);
      li.appendChild(document.createTextNode(" "));
      li.appendChild(a);
      if (f.note) {
        var note = document.createElement("span");
        note.className = "detail";
        note.textContent = f.note;
        li.appendChild(document.createTextNode(" "));
        li.appendChild(note);
      }
      results.appendChild(li);
    });
    box.hidden = query.trim().length === 0;
    var again = links();
    if (focused >= 0 && again.length > 0) { again[Math.min(focused, again.length - 1)].focus(); }
    var shown = Math.min(all.length, max);
    status(all.length === 0 ? t("没有结果", "No results")
      : all.length > max ? t("显示前 " + shown + " 条，共 " + all.length + " 条结果", "Showing " + shown + " of " + all.length + " results")
        : t(all.length + " 条结果", all.length + (all.length === 1 ? " result" : " results")));
  }

  function run() {
    var query = input.value;
    if (!index) { loadIndex(run); return; }
    // Names first; the report text once every shard of the query's pairs is in. Each shard is asked for once per
    // query: asking again from each shard's arrival piled up callbacks on the others (a long query needs dozens).
    var missing = missingShards(textPairs(query));
    var left = missing.length;
    missing.forEach(function (n) {
      load("search/text/" + (n < 10 ? "0" : "") + n + ".js", function () {
        left--;
        if (left === 0 && input.value === query) { show(query); }
      });
    });
    show(query);
  }

  function close() { box.hidden = true; input.focus(); }

  function links() { return Array.prototype.slice.call(results.querySelectorAll("a")); }

  input.addEventListener("focus", function () { if (!index) { loadIndex(function () { }); } });
  input.addEventListener("input", run);
  form.addEventListener("submit", function (e) {
    var first = links()[0];
    if (first && !box.hidden) { e.preventDefault(); first.focus(); }
  });
  form.addEventListener("keydown", function (e) {
    var all = links();
    var at = all.indexOf(document.activeElement);
    if (e.key === "Escape") { e.preventDefault(); close(); }
    else if (e.key === "ArrowDown" && all.length > 0 && !box.hidden) { e.preventDefault(); all[Math.min(at + 1, all.length - 1)].focus(); }
    else if (e.key === "ArrowUp" && at >= 0) { e.preventDefault(); if (at === 0) { input.focus(); } else { all[at - 1].focus(); } }
  });
  // The agencies page opened by the form without this script keeps its query: search it here.
  var asked = new URLSearchParams(location.search).get("q");
  if (asked) { input.value = asked; run(); }
})();

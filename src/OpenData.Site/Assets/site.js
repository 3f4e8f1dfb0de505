// Enhancement only: every page works without this script. It lets the compare page jump to a pair of years.
(function () {
  var form = document.querySelector("form.pair");
  if (!form) { return; }
  form.hidden = false;
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var a = parseInt(form.querySelector("#from").value, 10);
    var b = parseInt(form.querySelector("#to").value, 10);
    if (a === b) { return; }
    var from = Math.min(a, b), to = Math.max(a, b);
    window.location.href = from + "-" + to + "/index.html";
  });
})();

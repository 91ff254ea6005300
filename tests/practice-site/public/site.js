// Page scripts of the practice site, in the style of the real one: auto-tab ID boxes, a BE date check that
// rewrites what was typed, and province → district → subdistrict selects loaded by XHR.
(function () {
  function $(id) { return document.getElementById(id); }

  // Split citizen-ID boxes jump to the next box when full.
  var boxes = document.querySelectorAll('input.idbox');
  for (var i = 0; i < boxes.length; i++) {
    (function (box, next) {
      box.addEventListener('input', function () {
        if (next && box.value.length >= box.maxLength) next.focus();
      });
    })(boxes[i], boxes[i + 1]);
  }

  // BE dates: accept d/m/yyyy and rewrite as dd/mm/yyyy; reject CE years.
  var dates = document.querySelectorAll('input.date-be');
  for (var j = 0; j < dates.length; j++) {
    dates[j].addEventListener('change', function (e) {
      var el = e.target;
      var msg = $(el.id + '_err');
      var m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(el.value.trim());
      if (!m || Number(m[3]) < 2400) {
        if (msg) msg.textContent = el.value ? 'รูปแบบวันที่ไม่ถูกต้อง (วว/ดด/ปปปป พ.ศ.)' : '';
        return;
      }
      if (msg) msg.textContent = '';
      el.value = ('0' + m[1]).slice(-2) + '/' + ('0' + m[2]).slice(-2) + '/' + m[3];
    });
  }
  var pickers = document.querySelectorAll('img.picker');
  for (var k = 0; k < pickers.length; k++) {
    pickers[k].addEventListener('click', function () { alert('ปฏิทิน (ตัวอย่าง)'); });
  }

  function load(select, url, placeholder) {
    select.innerHTML = '<option value="">' + placeholder + '</option>';
    select.disabled = true;
    var xhr = new XMLHttpRequest();
    xhr.open('GET', url);
    xhr.onload = function () {
      var rows = JSON.parse(xhr.responseText);
      for (var i = 0; i < rows.length; i++) {
        var o = document.createElement('option');
        o.value = rows[i].code;
        o.text = rows[i].name;
        select.appendChild(o);
      }
      select.disabled = false;
    };
    xhr.send();
  }
  var prov = $('ctl00_ContentPlaceHolder1_ddlProvince');
  var amp = $('ctl00_ContentPlaceHolder1_ddlAmphur');
  var tam = $('ctl00_ContentPlaceHolder1_ddlTambon');
  if (prov && amp && tam) {
    load(prov, '/api/provinces', '-- เลือกจังหวัด --');
    prov.addEventListener('change', function () {
      tam.innerHTML = '<option value="">-- เลือกตำบล/แขวง --</option>';
      if (prov.value) load(amp, '/api/districts?province=' + prov.value, '-- เลือกอำเภอ/เขต --');
    });
    amp.addEventListener('change', function () {
      if (amp.value) load(tam, '/api/subdistricts?district=' + amp.value, '-- เลือกตำบล/แขวง --');
    });
  }
})();

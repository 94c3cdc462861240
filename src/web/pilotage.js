/* Draws the dashboard's charts with Chart.js from the figures embedded in the page. */
(function () {
  'use strict';
  var source = document.getElementById('pilotage-data');
  if (!source || typeof window.Chart === 'undefined') return;
  var data = JSON.parse(source.textContent || '{}');
  var Chart = window.Chart;
  // DSFR palette ("illustrative" colours), readable on white and distinct from each other.
  var colours = ['#000091', '#c9191e', '#18753c', '#b34000', '#695240', '#6e445a', '#3558a2', '#716043'];

  Chart.defaults.font.family = 'Marianne, arial, sans-serif';
  Chart.defaults.color = '#3a3a3a';
  // No animation: figures for a meeting, shown at once (and nothing moves for those who prefer it).
  Chart.defaults.animation = false;
  Chart.defaults.maintainAspectRatio = false;

  function draw(id, config) {
    var canvas = document.getElementById(id);
    if (canvas) new Chart(canvas, config);
  }
  function bars(labels, values, label, horizontal) {
    return {
      type: 'bar',
      data: { labels: labels, datasets: [{ label: label, data: values, backgroundColor: colours[0] }] },
      options: { indexAxis: horizontal ? 'y' : 'x', plugins: { legend: { display: false } }, scales: { x: { beginAtZero: true }, y: { beginAtZero: true } } },
    };
  }
  var pick = function (list, key) {
    return list.map(function (item) {
      return item[key];
    });
  };

  draw('chart-weeks', {
    type: 'bar',
    data: {
      labels: data.weeks,
      datasets: data.channels.map(function (channel, i) {
        return { label: channel.label, data: channel.values, backgroundColor: colours[i % colours.length] };
      }),
    },
    options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } } },
  });
  draw('chart-partners', bars(pick(data.partners, 'label'), pick(data.partners, 'value'), data.labels.answers, true));
  draw('chart-procedures', bars(pick(data.procedures, 'label'), pick(data.procedures, 'value'), data.labels.answers, true));
  draw('chart-sites', bars(pick(data.sites, 'label'), pick(data.sites, 'value'), data.labels.recommended, true));
  draw('chart-rates', {
    type: 'line',
    data: {
      labels: data.weeks,
      datasets: [
        { label: data.labels.outOfScopeRate + ' (%)', data: data.outOfScopeRate, borderColor: colours[1], backgroundColor: colours[1] },
        { label: data.labels.clarificationRate + ' (%)', data: data.clarificationRate, borderColor: colours[0], backgroundColor: colours[0] },
      ],
    },
    options: { scales: { y: { beginAtZero: true, suggestedMax: 100 } } },
  });
  draw('chart-satisfaction', {
    type: 'line',
    data: {
      labels: data.weeks,
      datasets: [{ label: data.labels.satisfaction + ' (%)', data: data.satisfaction, borderColor: colours[2], backgroundColor: colours[2], spanGaps: true }],
    },
    options: { scales: { y: { beginAtZero: true, max: 100 } } },
  });
  draw('chart-handovers', bars(data.weeks, data.handovers, data.labels.handovers, false));
  document.body.setAttribute('data-charts', 'ready');
})();

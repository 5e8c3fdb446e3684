// Orders the e2e files longest first, so the workers (one stack each) finish
// together instead of one worker starting the longest file last. Without a
// Jest cache (every CI run is a clean clone) Jest orders by file size, and the
// page walk, a short file that visits every page, ran last and alone for
// minutes. Durations are seconds measured in CI (durations.json); a file not
// listed counts as the median. Longest-first is the classic greedy schedule for
// parallel workers.
const Sequencer = require('@jest/test-sequencer').default;
const path = require('node:path');
const durations = require('./durations.json');

function seconds(test) {
  const key = path.basename(test.path);
  return durations.files[key];
}

class LongestFirstSequencer extends Sequencer {
  sort(tests) {
    const known = Object.values(durations.files).sort((a, b) => a - b);
    const median = known.length ? known[Math.floor(known.length / 2)] : 30;
    return [...tests].sort(
      (a, b) => (seconds(b) ?? median) - (seconds(a) ?? median) || a.path.localeCompare(b.path),
    );
  }
}

module.exports = LongestFirstSequencer;

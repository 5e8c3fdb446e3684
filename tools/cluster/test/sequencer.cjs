// Runs the cluster files in name order (01-…, 02-…): the disruptive ones (kill -9, database stop) last.
const Sequencer = require('@jest/test-sequencer').default;

class NameOrder extends Sequencer {
  sort(tests) {
    return [...tests].sort((a, b) => a.path.localeCompare(b.path));
  }
}

module.exports = NameOrder;

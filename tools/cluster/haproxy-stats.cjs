// HAProxy's admin socket, read by the cluster start (is every replica UP yet?)
// and by the cluster tests (which replica served, which is DOWN).
const { connect } = require('node:net');

/** `show stat` on HAProxy's admin socket: status and total sessions per "backend/server". */
function haproxyStatus(socket) {
  return new Promise((resolve, reject) => {
    const conn = connect(socket);
    let out = '';
    conn.on('data', (c) => (out += String(c)));
    conn.on('error', reject);
    conn.on('end', () => {
      const lines = out.trim().split('\n');
      const header = lines[0].replace(/^# /, '').split(',');
      const at = (name) => header.indexOf(name);
      const map = new Map();
      for (const line of lines.slice(1)) {
        const cols = line.split(',');
        map.set(`${cols[at('pxname')]}/${cols[at('svname')]}`, {
          status: cols[at('status')],
          total: Number(cols[at('stot')]),
        });
      }
      resolve(map);
    });
    conn.write('show stat\n');
  });
}

module.exports = { haproxyStatus };

// Validates a Frictionless data package and reads every tabular resource against its table schema.
// Usage: node validate-datapackage.js <path/to/datapackage.json>
// Prints one line per problem and "datapackage: N resources, M rows checked, K errors"; exit code 1 on any error.
//
// The CSV files start with a UTF-8 byte-order mark, which Excel needs to read Chinese and which frictionless-py
// treats as an encoding mark. frictionless-js (this library) reads it as part of the first header name instead,
// so the check runs on a copy of the package whose CSV files have the mark removed; nothing else is changed.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { Package } = require('datapackage');

function copyWithoutByteOrderMarks(descriptorPath) {
  const source = path.dirname(path.resolve(descriptorPath));
  const target = fs.mkdtempSync(path.join(os.tmpdir(), 'datapackage-'));
  const descriptor = JSON.parse(fs.readFileSync(descriptorPath, 'utf8'));
  fs.writeFileSync(path.join(target, 'datapackage.json'), JSON.stringify(descriptor));
  for (const resource of descriptor.resources || []) {
    for (const file of [].concat(resource.path || [])) {
      const bytes = fs.readFileSync(path.join(source, file));
      const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
      fs.mkdirSync(path.dirname(path.join(target, file)), { recursive: true });
      fs.writeFileSync(path.join(target, file), body);
    }
  }
  return path.join(target, 'datapackage.json');
}

async function main(descriptorPath) {
  const errors = [];
  const copy = copyWithoutByteOrderMarks(descriptorPath);
  const pkg = await Package.load(copy, { basePath: path.dirname(copy) });
  if (!pkg.valid) {
    for (const e of pkg.errors) errors.push(`descriptor: ${e.message}`);
  }
  let rows = 0;
  for (const resource of pkg.resources) {
    if (!resource.tabular) continue;
    try {
      const data = await resource.read({ keyed: true, cast: true });
      rows += data.length;
    } catch (e) {
      const inner = e.errors ? e.errors.slice(0, 5).map((x) => x.message).join('; ') : '';
      errors.push(`${resource.name}: ${e.message}${inner ? ' — ' + inner : ''}`);
    }
  }
  for (const e of errors) console.log(e);
  console.log(`datapackage: ${pkg.resources.length} resources, ${rows} rows checked, ${errors.length} errors`);
  process.exitCode = errors.length === 0 ? 0 : 1;
}

main(process.argv[2]).catch((e) => { console.log(`datapackage: ${e.message}`); process.exitCode = 1; });

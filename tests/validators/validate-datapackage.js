// Validates a Frictionless data package and reads every tabular resource against its table schema.
// Usage: node validate-datapackage.js <path/to/datapackage.json>
// Prints one line per problem and "datapackage: N resources, M rows checked, K errors"; exit code 1 on any error.
// The package's tables are the BOM-less CSV files under data/ (the downloads keep the BOM Excel needs); foreign keys
// (a value's form and code to the codebook) are checked too.
'use strict';
const path = require('path');
const { Package } = require('datapackage');

async function main(descriptorPath) {
  const errors = [];
  const pkg = await Package.load(path.resolve(descriptorPath), { basePath: path.dirname(path.resolve(descriptorPath)) });
  if (!pkg.valid) {
    for (const e of pkg.errors) errors.push(`descriptor: ${e.message}`);
  }
  let rows = 0;
  for (const resource of pkg.resources) {
    if (!resource.tabular) continue;
    try {
      const data = await resource.read({ keyed: true, cast: true, relations: true });
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

// Dumps the first and last names of faker's Latin-script locales as name<TAB>locale lines.
// Usage: node faker-names.mjs FAKER_PACKAGE_DIR OUT_DIR   (see build-world-surnames.py)
import fs from "fs";
const [pkg, outDir] = process.argv.slice(2);
const locales = ("af_ZA az cs_CZ cy da de en en_AU en_GB en_GH en_IE en_IN en_NG en_ZA es fi fr hr hu id_ID it ku_kmr_latin "
    + "lv nb_NO nl pl pt_BR pt_PT ro sk sl_SI sr_RS_latin sv tr uz_UZ_latin vi yo_NG zu_ZA").split(" ");
const out = {first: new Set(), last: new Set()};
for (const locale of locales) {
  const m = await import(`${pkg}/dist/locale/${locale}.js`);
  const faker = m.faker || Object.values(m).find(v => v && v.definitions);
  const person = faker && faker.definitions && faker.definitions.person;
  if (!person) continue;
  for (const [key, target] of [["first_name", out.first], ["last_name", out.last]]) {
    const value = person[key];
    if (!value) continue;
    for (const list of Array.isArray(value) ? [value] : Object.values(value)) {
      if (Array.isArray(list)) list.forEach(name => target.add(`${name}\t${locale}`));
    }
  }
}
fs.writeFileSync(`${outDir}/first-all.tsv`, [...out.first].join("\n") + "\n");
fs.writeFileSync(`${outDir}/last-all.tsv`, [...out.last].join("\n") + "\n");
console.log(`first ${out.first.size}, last ${out.last.size}`);

// Turns the npm packages fetched by the build into the compact resources the actors module reads
// at start-up: French territories (from @etalab/decoupage-administratif) and ISO 3166 countries and
// subdivisions (from iso-3166). Run by exec-maven-plugin; arguments: the folder holding the two
// packed tarballs, then the output folder. Only names, codes, populations and parents are kept:
// the packages weigh 13 MB unpacked, the output a few hundred kB gzipped.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const [packed, out] = process.argv.slice(2).map((p) => resolve(p));
const unpacked = join(packed, 'unpacked');

function unpack(prefix) {
  const tarball = readdirSync(packed).find((f) => f.startsWith(prefix) && f.endsWith('.tgz'));
  if (!tarball) throw new Error(`no ${prefix}*.tgz in ${packed}`);
  const dir = join(unpacked, prefix);
  mkdirSync(dir, { recursive: true });
  execFileSync('tar', ['xzf', join(packed, tarball), '-C', dir]);
  return join(dir, 'package');
}

// Tabs and line breaks never occur in these names; the check keeps the format honest if they ever do.
const clean = (text) => {
  if (/[\t\n\r]/.test(text)) throw new Error(`unexpected separator in ${JSON.stringify(text)}`);
  return text;
};

const etalab = unpack('etalab-decoupage-administratif');
const read = (name) => JSON.parse(readFileSync(join(etalab, 'data', name), 'utf8'));
const communes = read('communes.json').filter((c) => c.type === 'commune-actuelle');
const epcis = read('epci.json');
const departements = read('departements.json');
const regions = read('regions.json');

const epciOfCommune = new Map();
for (const epci of epcis) for (const member of epci.membres) epciOfCommune.set(member.code, epci.code);
const populationOf = (key) => {
  const total = new Map();
  for (const c of communes) total.set(c[key], (total.get(c[key]) ?? 0) + (c.population ?? 0));
  return total;
};
const departementPopulation = populationOf('departement');
const regionPopulation = populationOf('region');
const communeByCode = new Map(communes.map((c) => [c.code, c]));

// One line per territory: level, code, name, population, parent codes (EPCI, department, region).
const lines = ['# level\tcode\tname\tpopulation\tepci\tdepartements\tregion'];
for (const r of regions) lines.push(['REGION', r.code, clean(r.nom), regionPopulation.get(r.code) ?? 0, '', '', ''].join('\t'));
for (const d of departements) {
  lines.push(['DEPARTMENT', d.code, clean(d.nom), departementPopulation.get(d.code) ?? 0, '', d.code, d.region ?? ''].join('\t'));
}
for (const e of epcis) {
  const memberCommunes = e.membres.map((m) => communeByCode.get(m.code)).filter(Boolean);
  const deps = [...new Set(memberCommunes.map((c) => c.departement))].sort();
  const regs = [...new Set(memberCommunes.map((c) => c.region))];
  lines.push(['INTERCOMMUNALITY', e.code, clean(e.nom), e.populationTotale ?? e.populationMunicipale ?? 0, '', deps.join(','),
    regs.length === 1 ? regs[0] : ''].join('\t'));
}
for (const c of communes) {
  lines.push(['COMMUNE', c.code, clean(c.nom), c.population ?? 0, epciOfCommune.get(c.code) ?? '', c.departement ?? '',
    c.region ?? ''].join('\t'));
}

const iso = unpack('iso-3166');
const { iso31661 } = await import(pathToFileURL(join(iso, '1.js')).href);
const { iso31662 } = await import(pathToFileURL(join(iso, '2.js')).href);
const countries = ['# alpha2\talpha3\tnumeric\tname',
  ...iso31661.map((c) => [c.alpha2, c.alpha3, c.numeric, clean(c.name)].join('\t'))];
const subdivisions = ['# code\tparent\tname', ...iso31662.map((s) => [s.code, s.parent, clean(s.name)].join('\t'))];

const target = join(out, 'org', 'placette', 'actors', 'territories');
mkdirSync(target, { recursive: true });
writeFileSync(join(target, 'fr-territories.tsv.gz'), gzipSync(lines.join('\n') + '\n'));
writeFileSync(join(target, 'iso3166-countries.tsv'), countries.join('\n') + '\n');
writeFileSync(join(target, 'iso3166-subdivisions.tsv.gz'), gzipSync(subdivisions.join('\n') + '\n'));
console.log(`territories: ${regions.length} regions, ${departements.length} departments, ${epcis.length} EPCI, `
  + `${communes.length} communes; ${iso31661.length} countries, ${iso31662.length} subdivisions`);

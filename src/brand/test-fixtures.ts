/** Sample members shared by the brand tests. */
import type { PublicMember, PublicPageUrls } from './public-member.ts';

export function sampleMember(overrides: Partial<PublicMember> = {}): PublicMember {
  return {
    slug: 'ana-garcia',
    name: 'Ana García López',
    headline: 'Fotógrafa de bodas, eventos; y retratos',
    company: 'Estudio Luz, S.L.; Fotografía',
    sector: 'fotografía',
    city: 'Alcalá de Henares, centro',
    region: 'Comunidad de Madrid',
    country: 'ES',
    languages: ['es', 'en'],
    photoUrl: 'https://cdn.example.es/ana.jpg',
    offers: ['fotografía de bodas', 'reportajes de eventos'],
    needs: ['parejas que se casan', 'colaborar con floristerías y fincas para bodas'],
    goals: ['clients', 'partners'],
    remote: true,
    pitch: 'Ayudo a parejas a recordar su día.\nTrabajo con fincas, floristerías y catering; también \\ en Toledo.',
    website: 'https://www.estudioluz.example.es/',
    links: [{ label: 'Instagram', url: 'https://instagram.com/estudioluz' }],
    ...overrides,
  };
}

export const sampleUrls: PublicPageUrls = {
  profileUrl: 'https://sinergia.example.org/p/ana-garcia',
  vcardUrl: 'https://sinergia.example.org/p/ana-garcia.vcf',
  qrUrl: 'https://sinergia.example.org/p/ana-garcia/qr.svg',
  appUrl: 'https://sinergia.example.org/',
};

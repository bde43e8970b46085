/** Labelled pairs for the four matchers: positives with the negatives that look like them. */
import { describe, expect, it } from 'vitest';
import { sameEmployer, sameInterest, samePlace, sameSchool } from '../../../utils/overlap';

type Pair = [a: string, b: string, same: boolean];

const schools: Pair[] = [
  ['UCSD', 'University of California San Diego', true],
  ['UC San Diego', 'University of California, San Diego', true],
  ['UNC', 'University of North Carolina at Chapel Hill', true],
  ['EPFL', 'École Polytechnique Fédérale de Lausanne', true],
  ['Ecole Polytechnique Federale de Lausanne', 'EPFL', true],
  ['Virginia Tech', 'Virginia Polytechnic Institute and State University', true],
  ['Imperial', 'Imperial College London', true],
  ['University of Wisconsin–Madison', 'UW-Madison', true],
  ['University of Wisconsin, Madison', 'University of Wisconsin-Madison', true],
  ['Kellogg School of Management', 'Northwestern University', true],
  ['MIT Sloan', 'MIT', true],
  ['Massachusetts Institute of Technology', 'MIT Sloan School of Management', true],
  ['Columbia Business School', 'Columbia University', true],
  ['Wharton', 'University of Pennsylvania', true],
  ['The Wharton School', 'UPenn', true],
  ['Haas School of Business', 'UC Berkeley', true],
  ['Stanford GSB', 'Stanford University', true],
  ['Harvard Business School', 'Harvard University', true],
  ['HBS', 'Harvard', true],
  ['Saïd Business School', 'University of Oxford', true],
  ['Rotman School of Management', 'University of Toronto', true],
  ['IIT Bombay', 'Indian Institute of Technology Bombay', true],
  ['IIM Ahmedabad', 'Indian Institute of Management Ahmedabad', true],
  ['ETH Zurich', 'ETH Zürich', true],
  ['Swiss Federal Institute of Technology Zurich', 'ETH Zurich', true],
  ['TU München', 'Technical University of Munich', true],
  ['LSE', 'London School of Economics and Political Science', true],
  ['The University of Texas at Austin', 'UT Austin', true],
  ['University of Texas at Austin', 'McCombs School of Business', true],
  ['Penn State', 'The Pennsylvania State University', true],
  ['Tsinghua', 'Tsinghua University', true],
  ['NUS', 'National University of Singapore', true],
  ['UNSW', 'University of New South Wales', true],
  ['Trinity College Dublin', 'University of Dublin, Trinity College', true],
  ['Columbia University - Columbia Business School', 'Columbia University', true],
  ['Kellogg School of Management at Northwestern University', 'Kellogg', true],
  ['Universidad de Buenos Aires', 'UBA', true],
  ['Some Small College', 'Some Small College', true],
  ['Institute of Technology Karlsruhe', 'Karlsruhe Institute of Technology', true],
  ['Arizona State University - Tempe Campus', 'Arizona State University', true],
  ['UNC Chapel Hill', 'NC State', false],
  ['University of North Carolina at Chapel Hill', 'North Carolina State University', false],
  ['UNC Chapel Hill', 'UNC Charlotte', false],
  ['Loyola University Chicago', 'Loyola Marymount University', false],
  ['University of Virginia', 'Virginia Tech', false],
  ['Imperial College London', "King's College London", false],
  ['Trinity College Dublin', 'Trinity University', false],
  ['University of Washington', 'Washington University in St. Louis', false],
  ['Washington State University', 'University of Washington', false],
  ['University of Miami', 'Miami University', false],
  ['Ohio State University', 'Ohio University', false],
  ['University of California, Berkeley', 'University of California, Los Angeles', false],
  ['UCSD', 'UCSB', false],
  ['University of Wisconsin–Madison', 'University of Wisconsin–Milwaukee', false],
  ['Boston University', 'Boston College', false],
  ['University of Southern California', 'University of South Carolina', false],
  ['Columbia University', 'University of British Columbia', false],
  ['Northwestern University', 'Northeastern University', false],
  ['Kellogg School of Management', 'Stanford University', false],
  ['IIT Bombay', 'IIT Delhi', false],
  ['IIM Bangalore', 'IISc Bangalore', false],
  ['Queen Mary University of London', "Queen's University", false],
  ['Trinity College', 'Trinity College Dublin', false],
  ['Some Small College', 'Other Small College', false],
  ['University of Michigan', 'Michigan State University', false],
  ['Texas A&M University', 'The University of Texas at Austin', false],
];

const places: Pair[] = [
  ['Cambridge, MA', 'Greater Boston', true],
  ['Somerville, Massachusetts, United States', 'Greater Boston Area', true],
  ['Boston', 'Cambridge, Massachusetts, United States', true],
  ['Santa Monica, California, United States', 'Los Angeles Metropolitan Area', true],
  ['Pasadena, CA', 'Greater Los Angeles Area', true],
  ['Köln', 'Cologne, North Rhine-Westphalia, Germany', true],
  ['Koeln', 'Cologne Bonn Region', true],
  ['Frankfurt am Main', 'Frankfurt Rhine-Main Metropolitan Area', true],
  ['München', 'Munich, Bavaria, Germany', true],
  ['Bombay', 'Mumbai, Maharashtra, India', true],
  ['Bangalore', 'Bengaluru, Karnataka, India', true],
  ['Gurgaon', 'Delhi NCR', true],
  ['Berkeley, CA · On-site', 'San Francisco Bay Area', true],
  ['Palo Alto, California, United States', 'San Francisco Bay Area', true],
  ['Berlin Area, Germany', 'Berlin, Germany', true],
  ['Hyderabad Area, India', 'Hyderabad, Telangana, India', true],
  ['Pune District, Maharashtra, India · On-site', 'Pune', true],
  ['Greater Seattle Area', 'Redmond, WA', true],
  ['Greater Chicago Area', 'Evanston, Illinois', true],
  ['Greater New York City Area', 'Brooklyn, New York, United States', true],
  ['Jersey City, NJ', 'New York, NY', true],
  ['Greater Stockholm Metropolitan Area', 'Stockholm, Stockholm County, Sweden', true],
  ['Kingston, ON, Canada', 'Kingston, Ontario', true],
  ['Richmond', 'Richmond', true],
  ['Richmond, VA', 'Greater Richmond Region', true],
  ['Richmond, British Columbia, Canada', 'Greater Vancouver', true],
  ['Vancouver, WA', 'Portland, Oregon Metropolitan Area', true],
  ['Perth, Western Australia, Australia', 'Perth, WA', true],
  ['Austin, Texas', 'Dallas, Texas, United States', true],
  ['Sweden', 'Stockholm, Stockholm County, Sweden', true],
  ['Singapore', 'Singapore, Singapore', true],
  ['Paris', 'Paris, Île-de-France, France', true],
  ['New York', 'New York, New York, United States', true],
  ['Atlanta, Georgia', 'Atlanta', true],
  ['Ontario, Canada', 'Toronto, Ontario, Canada', true],
  ['Zürich', 'Zurich, Switzerland', true],
  ['Saigon', 'Ho Chi Minh City, Vietnam', true],
  ['Richmond, VA', 'Richmond, BC', false],
  ['Richmond, Virginia', 'Richmond, British Columbia, Canada', false],
  ['Vancouver, BC', 'Vancouver, WA', false],
  ['Vancouver, British Columbia, Canada', 'Vancouver, Washington, United States', false],
  ['Perth, WA', 'Perth, Scotland', false],
  ['Perth, Western Australia', 'Perth, Scotland, United Kingdom', false],
  ['Hyderabad, India', 'Hyderabad, Pakistan', false],
  ['Hyderabad, Telangana, India', 'Hyderabad, Sindh, Pakistan', false],
  ['Richmond', 'Richmond, Virginia', false],
  ['Perth', 'Perth, Western Australia, Australia', false],
  ['Cambridge', 'Cambridge, MA', false],
  ['Cambridge, MA', 'Cambridge, England, United Kingdom', false],
  ['Portland, OR', 'Portland, ME', false],
  ['London, Ontario', 'London, England, United Kingdom', false],
  ['Paris', 'Paris, Texas', false],
  ['Birmingham, AL', 'Birmingham, England', false],
  ['Remote', 'San Francisco', false],
  ['Boston', 'Seattle', false],
  ['Boston, MA', 'New York, NY', false],
  ['Greater Boston', 'Los Angeles Metropolitan Area', false],
  ['Springfield', 'Springfield, Illinois', false],
  ['Georgia', 'Tbilisi, Georgia', false],
  ['Dallas, Texas', 'Seattle, Washington', false],
  ['Köln', 'Munich, Bavaria, Germany', false],
];

const interests: Pair[] = [
  ['NLP', 'Natural Language Processing', true],
  ['k8s', 'Kubernetes', true],
  ['cycling', 'road cycling', true],
  ['baking', 'sourdough baking', true],
  ['ML', 'machine learning', true],
  ['Machine Learning', 'machine-learning', true],
  ['AI', 'Artificial Intelligence', true],
  ['DevOps', 'Dev Ops', true],
  ['Board games', 'board game', true],
  ['UX', 'User Experience Design', true],
  ['JS', 'JavaScript', true],
  ['Photography', 'Street Photography', true],
  ['Running', 'Marathon running', true],
  ['Marathons', 'running', true],
  ['bouldering', 'rock climbing', true],
  ['Rock Climbing', 'climbing', true],
  ['Hiking', 'trekking', true],
  ['Ping Pong', 'Table Tennis', true],
  ['M&A', 'Mergers and Acquisitions', true],
  ['Nonprofit', 'Non-profit', true],
  ['Cybersecurity', 'Information Security', true],
  ['Yoga', 'Vinyasa Yoga', true],
  ['Chess', 'Chess', true],
  ['Sourdough', 'Baking', true],
  ['Video Games', 'gaming', true],
  ['Public Speaking', 'Public Policy', false],
  ['Social Work', 'Social Media', false],
  ['Film Production', 'Film Photography', false],
  ['Tennis', 'Table Tennis', false],
  ['Machine Learning', 'Learning', false],
  ['Data Science', 'Data Engineering', false],
  ['Computer Science', 'Political Science', false],
  ['Art', 'Martial Arts', false],
  ['Java', 'JavaScript', false],
  ['Football', 'American Football', false],
  ['Social Media', 'Media', false],
  ['Project Management', 'Product Management', false],
  ['Cloud Computing', 'Quantum Computing', false],
  ['Church youth group', 'Youth group', false],
  ['Democratic Party', 'Democratic Party', false],
  ['Cycling', 'Swimming', false],
];

const employers: Pair[] = [
  ['Facebook', 'Meta', true],
  ['Facebook, Inc.', 'Meta Platforms, Inc.', true],
  ['Twitter', 'X', true],
  ['Google', 'Google LLC', true],
  ['Google', 'Alphabet Inc.', true],
  ['Acme GmbH', 'ACME', true],
  ['Acme Ltd', 'Acme, Inc.', true],
  ['Globex S.A.', 'Globex', true],
  ['The Boston Consulting Group', 'BCG', true],
  ['Ernst & Young', 'EY', true],
  ['Amazon Web Services', 'Amazon', true],
  ['Initech LLC', 'initech', true],
  ['Merrill Lynch', 'Bank of America', true],
  ['Waymo', 'Google', false],
  ['Google', 'Microsoft', false],
  ['Acme', 'Acme Robotics', false],
  ['Meta', 'Metaswitch', false],
  ['Amazon', 'Amazonas Energia', false],
  ['LinkedIn', 'Meta', false],
];

describe.each([
  ['sameSchool', sameSchool, schools],
  ['samePlace', samePlace, places],
  ['sameInterest', sameInterest, interests],
  ['sameEmployer', sameEmployer, employers],
] as const)('%s', (_name, fn, pairs) => {
  it.each(pairs)('%s ~ %s → %s', (a, b, same) => {
    const r = fn(a, b);
    expect(r.match).toBe(same);
    expect(r.strength).toBeGreaterThanOrEqual(0);
    expect(r.strength).toBeLessThanOrEqual(1);
    if (!same) expect(r.strength).toBe(0);
  });
  it.each(pairs)('is symmetric: %s ~ %s', (a, b) => {
    expect(fn(b, a).match).toBe(fn(a, b).match);
    expect(fn(b, a).strength).toBe(fn(a, b).strength);
  });
});

describe('strength follows granularity', () => {
  it('same city > same metro > same region > same country', () => {
    const city = samePlace('Cambridge, MA', 'Cambridge, Massachusetts, United States').strength;
    const metro = samePlace('Cambridge, MA', 'Somerville, MA').strength;
    const region = samePlace('Cambridge, MA', 'Springfield, Massachusetts').strength;
    const country = samePlace('United States', 'Cambridge, MA').strength;
    expect(city).toBeGreaterThan(metro);
    expect(metro).toBeGreaterThan(region);
    expect(region).toBeGreaterThan(country);
    expect(country).toBeGreaterThan(0);
  });
  it('a school inside a university is weaker than the same institution', () => {
    expect(sameSchool('Kellogg', 'Kellogg School of Management').strength).toBeGreaterThan(
      sameSchool('Kellogg', 'Northwestern University').strength,
    );
  });
});

describe('LinkedIn links', () => {
  it('the same school page is the same institution, whatever the names', () => {
    const r = sameSchool(
      { name: 'Some Old Name', url: 'https://www.linkedin.com/school/12345/' },
      { name: 'A New Name', url: 'https://www.linkedin.com/school/12345/' },
    );
    expect(r.match).toBe(true);
  });
  it('different pages fall back to names (a business school has its own page)', () => {
    const r = sameSchool(
      { name: 'Kellogg School of Management', url: 'https://www.linkedin.com/school/kellogg/' },
      { name: 'Northwestern University', url: 'https://www.linkedin.com/school/northwestern-university/' },
    );
    expect(r.match).toBe(true);
  });
  it('the same company page is the same employer', () => {
    expect(
      sameEmployer(
        { name: 'Foo', url: 'https://www.linkedin.com/company/foo-corp/' },
        { name: 'Foo Corp (Europe)', url: 'https://www.linkedin.com/company/foo-corp/about/' },
      ).match,
    ).toBe(true);
  });
});

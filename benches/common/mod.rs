//! Inputs the benches build from shipped text: the seed articles'
//! sentences, made-up names, and a small fixed pseudo-random sequence.

/// The two seed articles.
pub const SEEDS: [&str; 2] = [
    include_str!("../../seeds/china-denial-a.txt"),
    include_str!("../../seeds/techtimes-volt-typhoon-b.txt"),
];

/// A xorshift sequence: the same inputs on every run.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// The seed articles' sentences of six words or more.
pub fn seed_sentences() -> Vec<String> {
    SEEDS
        .iter()
        .flat_map(|t| t.split(['.', '\n']))
        .map(str::trim)
        .filter(|s| s.split_whitespace().count() >= 6)
        .map(str::to_string)
        .collect()
}

/// A made-up name of two or three syllables, capitalised.
pub fn name(rng: &mut Rng) -> String {
    const SYL: [&str; 12] = [
        "ka", "tor", "vel", "mi", "ran", "zu", "bek", "lo", "sen", "dra", "ph", "quin",
    ];
    let mut s = String::new();
    for _ in 0..2 + rng.below(2) {
        s.push_str(SYL[rng.below(SYL.len())]);
    }
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

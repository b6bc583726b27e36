use claimdiff::classify::classify;
use claimdiff::features::Features;
fn main() {
    let a: Vec<String> = std::env::args().skip(1).collect();
    let fa = Features::extract(&a[0]);
    let fb = Features::extract(&a[1]);
    println!("A: {:?}\nB: {:?}", fa.assessment, fb.assessment);
    let v = classify(&[&fa], &[&fb]);
    println!("{:?} {:?}", v.verdict, v.aspects);
}

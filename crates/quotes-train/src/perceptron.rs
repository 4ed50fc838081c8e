//! The averaged perceptron that learns the ranker's weights.
//!
//! Each training instance is a quote with two or more alternative speakers,
//! at least one right and one wrong. The model scores each alternative by
//! the sum of its features' weights and takes the best (the first on a tie,
//! as the analyzer does); when that one is wrong, the weights of the
//! best-scoring right alternative's features go up by one and those of the
//! chosen one's down by one. The result is the sum of the weights over
//! every step (the averaged perceptron's average times the number of steps:
//! the same choices, in exact integers). Instances are visited in a fixed
//! pseudo-random order per epoch, so training is deterministic.

/// One training instance: the features of each alternative and whether it
/// is right.
#[derive(Clone, Debug)]
pub struct Instance<'a> {
    /// Per alternative: its feature ids and whether it is right.
    pub alts: Vec<(&'a [u16], bool)>,
}

fn score(f: &[u16], w: &[i64]) -> i64 {
    f.iter()
        .map(|&k| w.get(usize::from(k)).copied().unwrap_or(0))
        .sum()
}

/// The weights (one per feature of `n_features`) learned from `instances`
/// in `epochs` passes.
pub fn train(instances: &[Instance<'_>], n_features: usize, epochs: usize) -> Vec<i64> {
    let mut w = vec![0i64; n_features];
    // Σ over steps of (step × update): the average is w - u / steps.
    let mut u = vec![0i64; n_features];
    let mut step: i64 = 1;
    let mut order: Vec<usize> = (0..instances.len()).collect();
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..epochs {
        // Fisher-Yates with a fixed linear congruential generator.
        for i in (1..order.len()).rev() {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let j = usize::try_from((seed >> 33) % (i as u64 + 1)).unwrap_or(0);
            order.swap(i, j);
        }
        for &i in &order {
            let Some(inst) = instances.get(i) else {
                continue;
            };
            let pick = |only_right: bool| {
                let mut top: Option<(usize, i64)> = None;
                for (k, (f, right)) in inst.alts.iter().enumerate() {
                    if only_right && !right {
                        continue;
                    }
                    let s = score(f, &w);
                    if top.is_none_or(|(_, b)| s > b) {
                        top = Some((k, s));
                    }
                }
                top.map(|(k, _)| k)
            };
            let (Some(chosen), Some(target)) = (pick(false), pick(true)) else {
                step += 1;
                continue;
            };
            if !inst.alts.get(chosen).is_some_and(|a| a.1) {
                let (Some(good), Some(bad)) = (inst.alts.get(target), inst.alts.get(chosen)) else {
                    continue;
                };
                for (f, d) in [(good.0, 1i64), (bad.0, -1i64)] {
                    for &k in f {
                        let k = usize::from(k);
                        if let (Some(wk), Some(uk)) = (w.get_mut(k), u.get_mut(k)) {
                            *wk += d;
                            *uk += d * step;
                        }
                    }
                }
            }
            step += 1;
        }
    }
    // steps × average = steps × w - u.
    w.iter().zip(&u).map(|(&wk, &uk)| step * wk - uk).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learns_to_prefer_the_feature_of_the_right_alternative() {
        // Feature 0 marks the right alternative, feature 1 a wrong one that
        // comes first (and so wins the tie of all-zero weights).
        let a: &[u16] = &[1, 2];
        let b: &[u16] = &[0, 2];
        let instances = vec![
            Instance {
                alts: vec![(a, false), (b, true)],
            };
            3
        ];
        let w = train(&instances, 3, 2);
        assert!(w[0] > w[1], "{w:?}");
        assert_eq!(w[2], 0, "a feature both share never moves");
        assert_eq!(w, train(&instances, 3, 2), "deterministic");
    }
}

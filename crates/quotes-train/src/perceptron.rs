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

/// The sum of the weights of features `f` (a feature outside `w` weighs 0).
pub fn score(f: &[u16], w: &[i64]) -> i64 {
    f.iter()
        .map(|&k| w.get(usize::from(k)).copied().unwrap_or(0))
        .sum()
}

/// The weights of an averaged perceptron as it learns, kept so that the
/// result is the *sum* of the weights over every step (the average times
/// the number of steps: the same decisions, in exact integers). Shared by
/// the speaker ranker ([`train`]), the accept/reject gate
/// ([`crate::gate::train`]) and the reach model ([`crate::reach::train`]).
#[derive(Clone, Debug)]
pub struct Averaged {
    w: Vec<i64>,
    // Σ over steps of (step × update): the average is w - u / steps.
    u: Vec<i64>,
    step: i64,
}

impl Averaged {
    /// All `n_features` weights at zero, at step one.
    pub fn new(n_features: usize) -> Self {
        Self {
            w: vec![0; n_features],
            u: vec![0; n_features],
            step: 1,
        }
    }

    /// The current (not averaged) score of features `f`.
    pub fn score(&self, f: &[u16]) -> i64 {
        score(f, &self.w)
    }

    /// Adds `d` to the weight of every feature of `f`.
    pub fn update(&mut self, f: &[u16], d: i64) {
        for &k in f {
            let k = usize::from(k);
            if let (Some(wk), Some(uk)) = (self.w.get_mut(k), self.u.get_mut(k)) {
                *wk += d;
                *uk += d * self.step;
            }
        }
    }

    /// Ends one step (one instance seen).
    pub fn tick(&mut self) {
        self.step += 1;
    }

    /// The summed weights: steps × average = steps × w - u.
    pub fn finish(self) -> Vec<i64> {
        let step = self.step;
        self.w
            .iter()
            .zip(&self.u)
            .map(|(&wk, &uk)| step * wk - uk)
            .collect()
    }
}

/// Calls `visit` with every index below `len`, `epochs` times, each pass in
/// a fresh pseudo-random order: Fisher-Yates driven by a fixed linear
/// congruential generator started from `seed`, so training is deterministic.
pub fn shuffled_passes(len: usize, epochs: usize, seed: u64, mut visit: impl FnMut(usize)) {
    let mut order: Vec<usize> = (0..len).collect();
    let mut seed = seed;
    for _ in 0..epochs {
        for i in (1..order.len()).rev() {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let j = usize::try_from((seed >> 33) % (i as u64 + 1)).unwrap_or(0);
            order.swap(i, j);
        }
        for &i in &order {
            visit(i);
        }
    }
}

/// How many perceptrons, each visiting the instances in an order of its
/// own, [`train`] sums.
/// (CV direct / all speaker accuracy at the end of round 6: eight orders
/// 0.9436 / 0.9378, sixteen 0.9433 / 0.9375.)
pub const ORDERS: u64 = 8;

/// The weights (one per feature of `n_features`) learned from `instances`
/// in `epochs` passes: the sum of [`ORDERS`] averaged perceptrons that
/// differ only in the order they visit the instances. One perceptron's
/// choices move by a few quotes in a thousand when a handful of training
/// quotes change (a new rule's); the sum scores like their average and
/// moves less.
pub fn train(instances: &[Instance<'_>], n_features: usize, epochs: usize) -> Vec<i64> {
    let mut sum = vec![0i64; n_features];
    for k in 0..ORDERS {
        let seed = 0x9E37_79B9_7F4A_7C15_u64.wrapping_add(k.wrapping_mul(0xD1B5_4A32_D192_ED03));
        for (s, w) in sum
            .iter_mut()
            .zip(train_one(instances, n_features, epochs, seed))
        {
            *s += w;
        }
    }
    sum
}

/// One averaged perceptron over `instances`, visited in the order `seed`
/// gives (see [`shuffled_passes`]).
fn train_one(instances: &[Instance<'_>], n_features: usize, epochs: usize, seed: u64) -> Vec<i64> {
    let mut model = Averaged::new(n_features);
    shuffled_passes(instances.len(), epochs, seed, |i| {
        let Some(inst) = instances.get(i) else {
            return;
        };
        let pick = |only_right: bool| {
            let mut top: Option<(usize, i64)> = None;
            for (k, (f, right)) in inst.alts.iter().enumerate() {
                if only_right && !right {
                    continue;
                }
                let s = model.score(f);
                if top.is_none_or(|(_, b)| s > b) {
                    top = Some((k, s));
                }
            }
            top.map(|(k, _)| k)
        };
        let (Some(chosen), Some(target)) = (pick(false), pick(true)) else {
            model.tick();
            return;
        };
        if !inst.alts.get(chosen).is_some_and(|a| a.1) {
            let (Some(good), Some(bad)) = (inst.alts.get(target), inst.alts.get(chosen)) else {
                return;
            };
            model.update(good.0, 1);
            model.update(bad.0, -1);
        }
        model.tick();
    });
    model.finish()
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

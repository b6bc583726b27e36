//! Work spread over the machine's cores, results kept in input order.

/// `f` applied to each item, on as many threads as the machine has (at most
/// `max_threads`, and one an item), the results in item order. `progress(k)`
/// is called on this thread after each of the `k` items finishes.
pub fn map_on_threads<T: Sync, R: Send>(
    items: &[T],
    max_threads: usize,
    f: impl Fn(&T) -> R + Sync,
    progress: &mut dyn FnMut(usize),
) -> Vec<R> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(items.len())
        .min(max_threads);
    if threads <= 1 {
        return items
            .iter()
            .enumerate()
            .map(|(k, item)| {
                let r = f(item);
                progress(k + 1);
                r
            })
            .collect();
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut slots: Vec<Option<R>> = (0..items.len()).map(|_| None).collect();
    std::thread::scope(|scope| {
        let (tx, rx) = std::sync::mpsc::channel();
        for _ in 0..threads {
            let tx = tx.clone();
            let (next, f) = (&next, &f);
            scope.spawn(move || loop {
                let k = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(item) = items.get(k) else { break };
                if tx.send((k, f(item))).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        for (done, (k, r)) in rx.into_iter().enumerate() {
            slots[k] = Some(r);
            progress(done + 1);
        }
    });
    slots
        .into_iter()
        .map(|r| r.expect("every item is mapped by a worker"))
        .collect()
}

/// `f` applied to each item, the results in item order: on several threads,
/// in chunks of half `min_items`, when there are at least `min_items` (so
/// handing a chunk to a thread costs little beside its work), else on this
/// thread.
pub fn map_chunked<T: Sync, R: Send>(
    items: &[T],
    min_items: usize,
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    if items.len() < min_items {
        return items.iter().map(f).collect();
    }
    let chunks: Vec<&[T]> = items.chunks((min_items / 2).max(1)).collect();
    map_on_threads(
        &chunks,
        usize::MAX,
        |c| c.iter().map(&f).collect::<Vec<_>>(),
        &mut |_| {},
    )
    .into_iter()
    .flatten()
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_keep_item_order_whatever_the_threads() {
        let items: Vec<u64> = (0..1000).collect();
        let f = |x: &u64| (0..*x % 97).fold(*x, |a, b| a.wrapping_mul(31).wrapping_add(b));
        let mut calls = 0;
        let many = map_on_threads(&items, usize::MAX, f, &mut |k| {
            assert_eq!(k, calls + 1, "progress counts up by one");
            calls = k;
        });
        assert_eq!(calls, items.len());
        assert_eq!(many, items.iter().map(f).collect::<Vec<_>>());
        assert_eq!(map_on_threads(&items, 1, f, &mut |_| {}), many);
    }

    #[test]
    fn chunked_results_keep_item_order_above_and_below_the_threshold() {
        let items: Vec<u32> = (0..1000).collect();
        let square = |x: &u32| x * x;
        let expected: Vec<u32> = items.iter().map(square).collect();
        assert_eq!(map_chunked(&items, 64, square), expected);
        assert_eq!(map_chunked(&items, 5000, square), expected);
        assert_eq!(map_chunked(&items, 0, square), expected);
    }

    #[test]
    fn no_items_give_no_results_and_no_progress() {
        let none: Vec<u8> = Vec::new();
        let out = map_on_threads(&none, usize::MAX, |&x| x, &mut |_| panic!("no progress"));
        assert!(out.is_empty());
    }
}

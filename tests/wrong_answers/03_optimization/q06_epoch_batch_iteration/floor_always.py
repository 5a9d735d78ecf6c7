# replaces: epoch_batches
# Counts n // batch_size batches in both modes: the smaller last batch is forgotten.
# fails: test_batches_basics, test_batches_vs_dataloader, test_batches_len_many, test_batches_small_n, test_batches_huge, test_batches_no_dataloader
def epoch_batches(
    n: int, batch_size: int, drop_last: bool = False
) -> tuple[int, int, int]:
    if type(batch_size) is not int or batch_size < 1:
        raise ValueError(batch_size)
    if n < 0:
        raise ValueError(n)
    iterations = n // batch_size
    last_batch = batch_size if iterations else 0
    dropped = n % batch_size if drop_last else 0
    return iterations, last_batch, dropped

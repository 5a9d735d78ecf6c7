# replaces: epoch_batches
# Takes n % batch_size as the size of the last batch, which is 0 when B divides n.
# fails: test_batches_basics, test_batches_vs_dataloader, test_batches_divisible
def epoch_batches(
    n: int, batch_size: int, drop_last: bool = False
) -> tuple[int, int, int]:
    if type(batch_size) is not int or batch_size < 1:
        raise ValueError(batch_size)
    if n < 0:
        raise ValueError(n)
    q, r = divmod(n, batch_size)
    if drop_last:
        return q, (batch_size if q else 0), r
    return q + int(r > 0), r, 0

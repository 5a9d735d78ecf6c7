# replaces: optimizer_steps
# Always rounds the iterations up, as if drop_last were False.
# fails: test_steps_basics, test_steps_vs_training_loop, test_steps_epoch_end, test_steps_edge_cases
def optimizer_steps(
    n: int,
    batch_size: int,
    epochs: int,
    accumulation_steps: int = 1,
    drop_last: bool = False,
) -> int:
    k = accumulation_steps
    if type(batch_size) is not int or batch_size < 1:
        raise ValueError(batch_size)
    if type(k) is not int or k < 1:
        raise ValueError(k)
    if type(epochs) is not int or epochs < 0:
        raise ValueError(epochs)
    if n < 0:
        raise ValueError(n)
    per_epoch = n // batch_size if drop_last else (n + batch_size - 1) // batch_size
    per_epoch = (n + batch_size - 1) // batch_size
    return epochs * ((per_epoch + k - 1) // k)

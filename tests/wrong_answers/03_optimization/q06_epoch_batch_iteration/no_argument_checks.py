# replaces: optimizer_steps
# Right count, but no argument checks: k = 0 divides by zero, epochs = -1 gives < 0.
# fails: test_steps_invalid
def optimizer_steps(
    n: int,
    batch_size: int,
    epochs: int,
    accumulation_steps: int = 1,
    drop_last: bool = False,
) -> int:
    per_epoch = n // batch_size if drop_last else (n + batch_size - 1) // batch_size
    return epochs * ((per_epoch + accumulation_steps - 1) // accumulation_steps)

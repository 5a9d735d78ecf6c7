# replaces: run_lstm
# Squeezes the stacked outputs, which drops the T or B axis when it has size 1.
# fails: test_run_lstm_torch, test_run_lstm_unbatched
def run_lstm(xs, h0, c0, W_ih, W_hh, b_ih, b_hh):
    h, c, outputs = h0, c0, []
    for x in xs:
        h, c, _ = lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh)
        outputs.append(h)
    return np.stack(outputs).squeeze(), (h, c)

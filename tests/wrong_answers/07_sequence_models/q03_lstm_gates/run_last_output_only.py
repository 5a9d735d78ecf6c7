# replaces: run_lstm
# Returns only the last hidden state as "outputs" instead of one per step.
def run_lstm(xs, h0, c0, W_ih, W_hh, b_ih, b_hh):
    h, c = h0, c0
    for x in xs:
        h, c, _ = lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh)
    return h, (h, c)

# replaces: lstm_cell
# Squeezes h_new and c_new "to tidy the shapes", which drops axes of size 1 (B = 1, H = 1).
# fails: test_lstm_cell_torch, test_run_lstm_torch, test_run_lstm_memory
def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    z_i, z_f, z_g, z_o = np.split(z, 4, axis=-1)
    gates = {
        "i": 0.5 * (1 + np.tanh(z_i / 2)),
        "f": 0.5 * (1 + np.tanh(z_f / 2)),
        "g": np.tanh(z_g),
        "o": 0.5 * (1 + np.tanh(z_o / 2)),
    }
    c_new = gates["f"] * c + gates["i"] * gates["g"]
    h_new = gates["o"] * np.tanh(c_new)
    return np.squeeze(h_new), np.squeeze(c_new), gates

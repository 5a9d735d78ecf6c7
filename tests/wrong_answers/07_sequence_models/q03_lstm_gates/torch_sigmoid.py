# replaces: lstm_cell
# Uses torch.sigmoid and torch.tanh "for numerical safety", against the numpy-only spec.
# fails: test_lstm_cell_numpy_only
def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    z = torch.from_numpy(x @ W_ih.T + b_ih + h @ W_hh.T + b_hh)
    z_i, z_f, z_g, z_o = z.chunk(4, dim=-1)
    gates = {
        "i": torch.sigmoid(z_i).numpy(),
        "f": torch.sigmoid(z_f).numpy(),
        "g": torch.tanh(z_g).numpy(),
        "o": torch.sigmoid(z_o).numpy(),
    }
    c_new = gates["f"] * c + gates["i"] * gates["g"]
    h_new = gates["o"] * np.tanh(c_new)
    return h_new, c_new, gates

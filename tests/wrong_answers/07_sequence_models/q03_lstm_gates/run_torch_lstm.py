# replaces: run_lstm
# Runs torch.nn.LSTM with the given weights instead of looping over lstm_cell.
# fails: test_run_lstm_calls_cell
def run_lstm(xs, h0, c0, W_ih, W_hh, b_ih, b_hh):
    lstm = nn.LSTM(W_ih.shape[1], W_hh.shape[1], dtype=torch.float64)
    with torch.no_grad():
        lstm.weight_ih_l0.copy_(torch.from_numpy(W_ih))
        lstm.weight_hh_l0.copy_(torch.from_numpy(W_hh))
        lstm.bias_ih_l0.copy_(torch.from_numpy(b_ih))
        lstm.bias_hh_l0.copy_(torch.from_numpy(b_hh))
        state = (torch.from_numpy(h0)[None], torch.from_numpy(c0)[None])
        out, (h_n, c_n) = lstm(torch.from_numpy(xs), state)
    return out.numpy(), (h_n[0].numpy(), c_n[0].numpy())

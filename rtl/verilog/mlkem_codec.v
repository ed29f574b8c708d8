

module mlkem_codec(clock,reset,zeroize,start,dir,d,busy,done,error,err_code,fatal,range_err,pm_re,pm_we$0,pm_we$1,pm_we$2,pm_we$3,pm_idx$0,pm_idx$1,pm_idx$2,pm_idx$3,pm_wdata$0,pm_wdata$1,pm_wdata$2,pm_wdata$3,pm_rdata$0,pm_rdata$1,pm_rdata$2,pm_rdata$3,buf_we,buf_waddr,buf_wdata,buf_re,buf_raddr,buf_rdata);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  zeroize;
    input wire  start;
    input wire  dir;
    input wire  [3:0] d;
    output reg  busy;
    output reg  done;
    output reg  error;
    output reg  [3:0] err_code;
    output reg  fatal;
    output reg  range_err;
    output reg  pm_re;
    output reg  pm_we$0;
    output reg  pm_we$1;
    output reg  pm_we$2;
    output reg  pm_we$3;
    output reg  [7:0] pm_idx$0;
    output reg  [7:0] pm_idx$1;
    output reg  [7:0] pm_idx$2;
    output reg  [7:0] pm_idx$3;
    output reg  [11:0] pm_wdata$0;
    output reg  [11:0] pm_wdata$1;
    output reg  [11:0] pm_wdata$2;
    output reg  [11:0] pm_wdata$3;
    input wire  [11:0] pm_rdata$0;
    input wire  [11:0] pm_rdata$1;
    input wire  [11:0] pm_rdata$2;
    input wire  [11:0] pm_rdata$3;
    output reg  buf_we;
    output reg  [7:0] buf_waddr;
    output reg  [63:0] buf_wdata;
    output reg  buf_re;
    output reg  [7:0] buf_raddr;
    input wire  [63:0] buf_rdata;
    
    // Constant declarations
    localparam  m_code$0 = 7'b110001;
    localparam  m_code$1 = 7'b1010010;
    localparam  m_code$2 = 7'b1100011;
    localparam  m_code$3 = 7'b1100100;
    localparam  m_code$4 = 7'b1010101;
    localparam  m_code$5 = 7'b110110;
    localparam  m_code$6 = 7'b111;
    localparam  m_code$7 = 7'b1111000;
    localparam  m_code$8 = 7'b1001001;
    localparam  m_code$9 = 7'b101010;
    localparam  m_code$10 = 7'b11011;
    localparam  m_code$11 = 7'b11100;
    localparam  m_d$0 = 5'b1;
    localparam  m_d$1 = 5'b100;
    localparam  m_d$2 = 5'b101;
    localparam  m_d$3 = 5'b1010;
    localparam  m_d$4 = 5'b1011;
    localparam  m_d$5 = 5'b1100;
    localparam  m_d$6 = 5'b1;
    localparam  m_d$7 = 5'b100;
    localparam  m_d$8 = 5'b101;
    localparam  m_d$9 = 5'b1010;
    localparam  m_d$10 = 5'b1011;
    localparam  m_d$11 = 5'b1100;
    localparam  m_dir$0 = 1'b0;
    localparam  m_dir$1 = 1'b0;
    localparam  m_dir$2 = 1'b0;
    localparam  m_dir$3 = 1'b0;
    localparam  m_dir$4 = 1'b0;
    localparam  m_dir$5 = 1'b0;
    localparam  m_dir$6 = 1'b1;
    localparam  m_dir$7 = 1'b1;
    localparam  m_dir$8 = 1'b1;
    localparam  m_dir$9 = 1'b1;
    localparam  m_dir$10 = 1'b1;
    localparam  m_dir$11 = 1'b1;
    localparam  m_lo = 16'h5f6f;
    localparam  m_hi = 16'h27;
    localparam  k_round = 48'hffec5180;
    localparam  one12 = 12'h1;
    localparam  one24 = 24'h1;
    
    // Stub signals
    reg  cmd$clock;
    reg  cmd$start;
    reg  cmd$param_ok;
    reg  cmd$finish;
    reg  cmd$fault;
    reg  cmd$wipe;
    reg  cmd$zeroize;
    reg  cmd$reset;
    wire  cmd$running;
    wire  cmd$legal;
    wire  cmd$alarm;
    wire  cmd$busy;
    wire  cmd$done;
    wire  cmd$error;
    wire  [3:0] cmd$err_code;
    reg  res$clock;
    reg  res$clear;
    reg  res$take;
    reg  [63:0] res$word;
    reg  [5:0] res$used;
    reg  [2:0] res$inc;
    wire  [47:0] res$window;
    wire  [6:0] res$nbits;
    wire  [8:0] res$count;
    wire  res$bad;
    reg  pk$clock;
    reg  pk$clear;
    reg  pk$put;
    reg  [47:0] pk$chunk;
    reg  [5:0] pk$width;
    reg  pk$emit;
    wire  [63:0] pk$word;
    wire  [6:0] pk$nbits;
    wire  pk$bad;
    reg  [6:0] mode$d;
    wire  [6:0] mode$q;
    reg  mode$clock;
    reg  [5:0] wcnt$d;
    wire  [5:0] wcnt$q;
    reg  wcnt$clock;
    reg  [5:0] wcnt_b$d;
    wire  [5:0] wcnt_b$q;
    reg  wcnt_b$clock;
    reg  pend$d;
    wire  pend$q;
    reg  pend$clock;
    reg  pend_b$d;
    wire  pend_b$q;
    reg  pend_b$clock;
    reg  range_r$d;
    wire  range_r$q;
    reg  range_r$clock;
    reg  range_b$d;
    wire  range_b$q;
    reg  range_b$clock;
    
    // Local signals
    reg  mode_legal;
    reg  mode_ok;
    reg  ctr_bad;
    reg  fault;
    reg  run;
    reg  dec;
    reg  enc_run;
    reg  dec_run;
    reg  [4:0] dv;
    reg  [4:0] dm1;
    reg  [5:0] d1;
    reg  [5:0] d2;
    reg  [5:0] d3;
    reg  [5:0] nwords;
    reg  d12;
    reg  [11:0] mask;
    reg  [23:0] half;
    reg  rd_pm;
    reg  [15:0] x16$0;
    reg  [15:0] x16$1;
    reg  [15:0] x16$2;
    reg  [15:0] x16$3;
    reg  [31:0] p_lo$0;
    reg  [31:0] p_lo$1;
    reg  [31:0] p_lo$2;
    reg  [31:0] p_lo$3;
    reg  [31:0] p_hi$0;
    reg  [31:0] p_hi$1;
    reg  [31:0] p_hi$2;
    reg  [31:0] p_hi$3;
    reg  [47:0] prod$0;
    reg  [47:0] prod$1;
    reg  [47:0] prod$2;
    reg  [47:0] prod$3;
    reg  [47:0] t$0;
    reg  [47:0] t$1;
    reg  [47:0] t$2;
    reg  [47:0] t$3;
    reg  [11:0] c$0;
    reg  [11:0] c$1;
    reg  [11:0] c$2;
    reg  [11:0] c$3;
    reg  [47:0] chunk;
    reg  put;
    reg  emit;
    reg  consume;
    reg  [6:0] left;
    reg  take;
    reg  [7:0] ahead;
    reg  rd_buf;
    reg  [11:0] y$0;
    reg  [11:0] y$1;
    reg  [11:0] y$2;
    reg  [11:0] y$3;
    reg  [23:0] y24$0;
    reg  [23:0] y24$1;
    reg  [23:0] y24$2;
    reg  [23:0] y24$3;
    reg  [23:0] yq$0;
    reg  [23:0] yq$1;
    reg  [23:0] yq$2;
    reg  [23:0] yq$3;
    reg  [23:0] yr$0;
    reg  [23:0] yr$1;
    reg  [23:0] yr$2;
    reg  [23:0] yr$3;
    reg  hi$0;
    reg  hi$1;
    reg  hi$2;
    reg  hi$3;
    reg  [11:0] z$0;
    reg  [11:0] z$1;
    reg  [11:0] z$2;
    reg  [11:0] z$3;
    reg  [5:0] next_w;
    reg  param_ok;
    reg  accept;
    reg  finish;
    reg  wipe;
    
    // Sub module instances
    mlkem_codec$cmd cmd(
        .clock(cmd$clock),
        .start(cmd$start),
        .param_ok(cmd$param_ok),
        .finish(cmd$finish),
        .fault(cmd$fault),
        .wipe(cmd$wipe),
        .zeroize(cmd$zeroize),
        .reset(cmd$reset),
        .running(cmd$running),
        .legal(cmd$legal),
        .alarm(cmd$alarm),
        .busy(cmd$busy),
        .done(cmd$done),
        .error(cmd$error),
        .err_code(cmd$err_code)
    );
    mlkem_codec$res res(
        .clock(res$clock),
        .clear(res$clear),
        .take(res$take),
        .word(res$word),
        .used(res$used),
        .inc(res$inc),
        .window(res$window),
        .nbits(res$nbits),
        .count(res$count),
        .bad(res$bad)
    );
    mlkem_codec$pk pk(
        .clock(pk$clock),
        .clear(pk$clear),
        .put(pk$put),
        .chunk(pk$chunk),
        .width(pk$width),
        .emit(pk$emit),
        .word(pk$word),
        .nbits(pk$nbits),
        .bad(pk$bad)
    );
    mlkem_codec$mode mode(
        .d(mode$d),
        .q(mode$q),
        .clock(mode$clock)
    );
    mlkem_codec$wcnt wcnt(
        .d(wcnt$d),
        .q(wcnt$q),
        .clock(wcnt$clock)
    );
    mlkem_codec$wcnt_b wcnt_b(
        .d(wcnt_b$d),
        .q(wcnt_b$q),
        .clock(wcnt_b$clock)
    );
    mlkem_codec$pend pend(
        .d(pend$d),
        .q(pend$q),
        .clock(pend$clock)
    );
    mlkem_codec$pend_b pend_b(
        .d(pend_b$d),
        .q(pend_b$q),
        .clock(pend_b$clock)
    );
    mlkem_codec$range_r range_r(
        .d(range_r$d),
        .q(range_r$q),
        .clock(range_r$clock)
    );
    mlkem_codec$range_b range_b(
        .d(range_b$d),
        .q(range_b$q),
        .clock(range_b$clock)
    );
    
    // Update code
    always @(*) begin
        mode$clock = clock;
        wcnt$clock = clock;
        wcnt_b$clock = clock;
        pend$clock = clock;
        pend_b$clock = clock;
        range_r$clock = clock;
        range_b$clock = clock;
        mode$d = mode$q;
        wcnt$d = wcnt$q;
        wcnt_b$d = wcnt_b$q;
        pend$d = pend$q;
        pend_b$d = pend_b$q;
        range_r$d = range_r$q;
        range_b$d = range_b$q;
        cmd$clock = clock;
        res$clock = clock;
        pk$clock = clock;
        mode_legal = 1'b0;
        dv = 32'h0;
        dec = 1'b0;
        if (mode$q == m_code$0) begin
            mode_legal = 1'b1;
            dv = m_d$0;
            dec = m_dir$0;
        end
        if (mode$q == m_code$1) begin
            mode_legal = 1'b1;
            dv = m_d$1;
            dec = m_dir$1;
        end
        if (mode$q == m_code$2) begin
            mode_legal = 1'b1;
            dv = m_d$2;
            dec = m_dir$2;
        end
        if (mode$q == m_code$3) begin
            mode_legal = 1'b1;
            dv = m_d$3;
            dec = m_dir$3;
        end
        if (mode$q == m_code$4) begin
            mode_legal = 1'b1;
            dv = m_d$4;
            dec = m_dir$4;
        end
        if (mode$q == m_code$5) begin
            mode_legal = 1'b1;
            dv = m_d$5;
            dec = m_dir$5;
        end
        if (mode$q == m_code$6) begin
            mode_legal = 1'b1;
            dv = m_d$6;
            dec = m_dir$6;
        end
        if (mode$q == m_code$7) begin
            mode_legal = 1'b1;
            dv = m_d$7;
            dec = m_dir$7;
        end
        if (mode$q == m_code$8) begin
            mode_legal = 1'b1;
            dv = m_d$8;
            dec = m_dir$8;
        end
        if (mode$q == m_code$9) begin
            mode_legal = 1'b1;
            dv = m_d$9;
            dec = m_dir$9;
        end
        if (mode$q == m_code$10) begin
            mode_legal = 1'b1;
            dv = m_d$10;
            dec = m_dir$10;
        end
        if (mode$q == m_code$11) begin
            mode_legal = 1'b1;
            dv = m_d$11;
            dec = m_dir$11;
        end
        mode_ok = (~cmd$busy & (mode$q == 32'h0)) | (cmd$running & mode_legal);
        ctr_bad = (wcnt$q != wcnt_b$q) | (pend$q != pend_b$q) | (range_r$q != range_b$q) | (wcnt$q > 32'h30);
        fault = ~cmd$legal | ~mode_ok | res$bad | pk$bad | ctr_bad;
        fatal = cmd$alarm | fault;
        run = cmd$running & ~fault;
        enc_run = run & ~dec;
        dec_run = run & dec;
        busy = cmd$busy;
        done = cmd$done;
        error = cmd$error;
        err_code = cmd$err_code;
        range_err = range_r$q & ~cmd$busy & ~fault;
        dm1 = dv - 32'h1;
        d1 = ((dv) & 6'h3f);
        d2 = d1 + d1;
        d3 = d2 + d1;
        nwords = d1 << 32'h2;
        d12 = dv == 32'hc;
        mask = (one12 << dv) - 32'h1;
        half = one24 << dm1;
        rd_pm = enc_run & (res$count < 32'h100);
        pm_re = rd_pm;
        x16$0 = ((pm_rdata$0) & 16'hffff);
        p_lo$0 = x16$0 * m_lo;
        p_hi$0 = x16$0 * m_hi;
        prod$0 = ((p_lo$0) & 48'hffffffffffff) + (((p_hi$0) & 48'hffffffffffff) << 32'h10);
        t$0 = (prod$0 << dv) + k_round;
        c$0 = ((t$0 >> 32'h21) & 12'hfff) & mask;
        if (d12) begin
            c$0 = pm_rdata$0;
        end
        x16$1 = ((pm_rdata$1) & 16'hffff);
        p_lo$1 = x16$1 * m_lo;
        p_hi$1 = x16$1 * m_hi;
        prod$1 = ((p_lo$1) & 48'hffffffffffff) + (((p_hi$1) & 48'hffffffffffff) << 32'h10);
        t$1 = (prod$1 << dv) + k_round;
        c$1 = ((t$1 >> 32'h21) & 12'hfff) & mask;
        if (d12) begin
            c$1 = pm_rdata$1;
        end
        x16$2 = ((pm_rdata$2) & 16'hffff);
        p_lo$2 = x16$2 * m_lo;
        p_hi$2 = x16$2 * m_hi;
        prod$2 = ((p_lo$2) & 48'hffffffffffff) + (((p_hi$2) & 48'hffffffffffff) << 32'h10);
        t$2 = (prod$2 << dv) + k_round;
        c$2 = ((t$2 >> 32'h21) & 12'hfff) & mask;
        if (d12) begin
            c$2 = pm_rdata$2;
        end
        x16$3 = ((pm_rdata$3) & 16'hffff);
        p_lo$3 = x16$3 * m_lo;
        p_hi$3 = x16$3 * m_hi;
        prod$3 = ((p_lo$3) & 48'hffffffffffff) + (((p_hi$3) & 48'hffffffffffff) << 32'h10);
        t$3 = (prod$3 << dv) + k_round;
        c$3 = ((t$3 >> 32'h21) & 12'hfff) & mask;
        if (d12) begin
            c$3 = pm_rdata$3;
        end
        chunk = ((c$0) & 48'hffffffffffff) | (((c$1) & 48'hffffffffffff) << dv) | (((c$2) & 48'hffffffffffff) << d2) | (((c$3) & 48'hffffffffffff) << d3);
        put = enc_run & pend$q;
        emit = enc_run & (pk$nbits >= 32'h40);
        pk$put = put;
        pk$chunk = chunk;
        pk$width = nwords;
        pk$emit = emit;
        buf_we = emit;
        buf_waddr = 32'h0;
        buf_wdata = 32'h0;
        if (emit) begin
            buf_waddr = ((wcnt$q) & 8'hff);
            buf_wdata = pk$word;
        end
        consume = dec_run & (res$nbits >= ((nwords) & 7'h7f)) & (res$count < 32'h100);
        left = res$nbits;
        res$used = 32'h0;
        res$inc = 32'h0;
        if (consume) begin
            left = res$nbits - ((nwords) & 7'h7f);
            res$used = nwords;
            res$inc = 32'h4;
        end
        if (rd_pm) begin
            res$inc = 32'h4;
        end
        take = dec_run & pend$q;
        res$take = take;
        res$word = buf_rdata;
        ahead = ((left) & 8'hff);
        if (take) begin
            ahead = ((left) & 8'hff) + 32'h40;
        end
        rd_buf = dec_run & (wcnt$q < nwords) & (ahead < (((nwords) & 8'hff) << 32'h1));
        buf_re = rd_buf;
        buf_raddr = 32'h0;
        if (rd_buf) begin
            buf_raddr = ((wcnt$q) & 8'hff);
        end
        y$0 = ((res$window) & 12'hfff) & mask;
        y24$0 = ((y$0) & 24'hffffff);
        yq$0 = (y24$0 << 32'hb) + (y24$0 << 32'ha) + (y24$0 << 32'h8) + y24$0;
        yr$0 = (yq$0 + half) >> dv;
        z$0 = ((yr$0) & 12'hfff);
        hi$0 = y$0 >= 32'hd01;
        if (d12) begin
            z$0 = y$0;
            if (hi$0) begin
                z$0 = y$0 - 32'hd01;
            end
        end
        y$1 = ((res$window >> dv) & 12'hfff) & mask;
        y24$1 = ((y$1) & 24'hffffff);
        yq$1 = (y24$1 << 32'hb) + (y24$1 << 32'ha) + (y24$1 << 32'h8) + y24$1;
        yr$1 = (yq$1 + half) >> dv;
        z$1 = ((yr$1) & 12'hfff);
        hi$1 = y$1 >= 32'hd01;
        if (d12) begin
            z$1 = y$1;
            if (hi$1) begin
                z$1 = y$1 - 32'hd01;
            end
        end
        y$2 = ((res$window >> d2) & 12'hfff) & mask;
        y24$2 = ((y$2) & 24'hffffff);
        yq$2 = (y24$2 << 32'hb) + (y24$2 << 32'ha) + (y24$2 << 32'h8) + y24$2;
        yr$2 = (yq$2 + half) >> dv;
        z$2 = ((yr$2) & 12'hfff);
        hi$2 = y$2 >= 32'hd01;
        if (d12) begin
            z$2 = y$2;
            if (hi$2) begin
                z$2 = y$2 - 32'hd01;
            end
        end
        y$3 = ((res$window >> d3) & 12'hfff) & mask;
        y24$3 = ((y$3) & 24'hffffff);
        yq$3 = (y24$3 << 32'hb) + (y24$3 << 32'ha) + (y24$3 << 32'h8) + y24$3;
        yr$3 = (yq$3 + half) >> dv;
        z$3 = ((yr$3) & 12'hfff);
        hi$3 = y$3 >= 32'hd01;
        if (d12) begin
            z$3 = y$3;
            if (hi$3) begin
                z$3 = y$3 - 32'hd01;
            end
        end
        pm_we$0 = consume;
        pm_idx$0 = 32'h0;
        pm_wdata$0 = 32'h0;
        if (consume) begin
            pm_wdata$0 = z$0;
        end
        pm_we$1 = consume;
        pm_idx$1 = 32'h0;
        pm_wdata$1 = 32'h0;
        if (consume) begin
            pm_wdata$1 = z$1;
        end
        pm_we$2 = consume;
        pm_idx$2 = 32'h0;
        pm_wdata$2 = 32'h0;
        if (consume) begin
            pm_wdata$2 = z$2;
        end
        pm_we$3 = consume;
        pm_idx$3 = 32'h0;
        pm_wdata$3 = 32'h0;
        if (consume) begin
            pm_wdata$3 = z$3;
        end
        if (consume | rd_pm) begin
            pm_idx$0 = ((res$count) & 8'hff);
            pm_idx$1 = ((res$count) & 8'hff) + 32'h1;
            pm_idx$2 = ((res$count) & 8'hff) + 32'h2;
            pm_idx$3 = ((res$count) & 8'hff) + 32'h3;
        end
        if (consume & d12 & (hi$0 | hi$1 | hi$2 | hi$3)) begin
            range_r$d = 1'b1;
            range_b$d = 1'b1;
        end
        next_w = wcnt$q;
        if (emit | rd_buf) begin
            next_w = wcnt$q + 32'h1;
        end
        wcnt$d = next_w;
        wcnt_b$d = next_w;
        pend$d = rd_pm | rd_buf;
        pend_b$d = rd_pm | rd_buf;
        param_ok = (d == 32'h1) | (d == 32'h4) | (d == 32'h5) | (d == 32'ha) | (d == 32'hb) | (d == 32'hc);
        finish = (emit & (wcnt$q == nwords - 32'h1)) | (consume & (res$count >= 32'hfc));
        cmd$start = start;
        cmd$param_ok = param_ok;
        cmd$finish = finish;
        cmd$fault = fault;
        cmd$zeroize = zeroize;
        cmd$reset = reset;
        accept = start & ~cmd$busy & ~cmd$alarm & param_ok;
        if (accept) begin
            if ((dir == m_dir$0) & (((d) & 5'h1f) == m_d$0)) begin
                mode$d = m_code$0;
            end
            if ((dir == m_dir$1) & (((d) & 5'h1f) == m_d$1)) begin
                mode$d = m_code$1;
            end
            if ((dir == m_dir$2) & (((d) & 5'h1f) == m_d$2)) begin
                mode$d = m_code$2;
            end
            if ((dir == m_dir$3) & (((d) & 5'h1f) == m_d$3)) begin
                mode$d = m_code$3;
            end
            if ((dir == m_dir$4) & (((d) & 5'h1f) == m_d$4)) begin
                mode$d = m_code$4;
            end
            if ((dir == m_dir$5) & (((d) & 5'h1f) == m_d$5)) begin
                mode$d = m_code$5;
            end
            if ((dir == m_dir$6) & (((d) & 5'h1f) == m_d$6)) begin
                mode$d = m_code$6;
            end
            if ((dir == m_dir$7) & (((d) & 5'h1f) == m_d$7)) begin
                mode$d = m_code$7;
            end
            if ((dir == m_dir$8) & (((d) & 5'h1f) == m_d$8)) begin
                mode$d = m_code$8;
            end
            if ((dir == m_dir$9) & (((d) & 5'h1f) == m_d$9)) begin
                mode$d = m_code$9;
            end
            if ((dir == m_dir$10) & (((d) & 5'h1f) == m_d$10)) begin
                mode$d = m_code$10;
            end
            if ((dir == m_dir$11) & (((d) & 5'h1f) == m_d$11)) begin
                mode$d = m_code$11;
            end
            range_r$d = 1'b0;
            range_b$d = 1'b0;
        end
        wipe = zeroize | reset | fault | cmd$alarm;
        cmd$wipe = wipe;
        res$clear = wipe | finish;
        pk$clear = wipe | finish;
        if (wipe | finish) begin
            mode$d = 32'h0;
            wcnt$d = 32'h0;
            wcnt_b$d = 32'h0;
            pend$d = 1'b0;
            pend_b$d = 1'b0;
        end
        if (wipe) begin
            range_r$d = 1'b0;
            range_b$d = 1'b0;
        end
    end
    
endmodule // mlkem_codec


module mlkem_codec$cmd(clock,start,param_ok,finish,fault,wipe,zeroize,reset,running,legal,alarm,busy,done,error,err_code);
    
    // Module arguments
    input wire  clock;
    input wire  start;
    input wire  param_ok;
    input wire  finish;
    input wire  fault;
    input wire  wipe;
    input wire  zeroize;
    input wire  reset;
    output reg  running;
    output reg  legal;
    output reg  alarm;
    output reg  busy;
    output reg  done;
    output reg  error;
    output reg  [3:0] err_code;
    
    // Constant declarations
    localparam  s_idle = 6'b0;
    localparam  s_run = 6'b111;
    
    // Stub signals
    reg  [5:0] fsm$d;
    wire  [5:0] fsm$q;
    reg  fsm$clock;
    reg  alarm_r$d;
    wire  alarm_r$q;
    reg  alarm_r$clock;
    reg  err$d;
    wire  err$q;
    reg  err$clock;
    reg  [3:0] code$d;
    wire  [3:0] code$q;
    reg  code$clock;
    reg  done_r$d;
    wire  done_r$q;
    reg  done_r$clock;
    
    // Sub module instances
    mlkem_codec$cmd$fsm fsm(
        .d(fsm$d),
        .q(fsm$q),
        .clock(fsm$clock)
    );
    mlkem_codec$cmd$alarm_r alarm_r(
        .d(alarm_r$d),
        .q(alarm_r$q),
        .clock(alarm_r$clock)
    );
    mlkem_codec$cmd$err err(
        .d(err$d),
        .q(err$q),
        .clock(err$clock)
    );
    mlkem_codec$cmd$code code(
        .d(code$d),
        .q(code$q),
        .clock(code$clock)
    );
    mlkem_codec$cmd$done_r done_r(
        .d(done_r$d),
        .q(done_r$q),
        .clock(done_r$clock)
    );
    
    // Update code
    always @(*) begin
        fsm$clock = clock;
        alarm_r$clock = clock;
        err$clock = clock;
        code$clock = clock;
        done_r$clock = clock;
        fsm$d = fsm$q;
        alarm_r$d = alarm_r$q;
        err$d = err$q;
        code$d = code$q;
        done_r$d = done_r$q;
        running = fsm$q == s_run;
        legal = (fsm$q == s_idle) | (fsm$q == s_run);
        alarm = alarm_r$q;
        busy = fsm$q != s_idle;
        done = done_r$q & (fsm$q == s_idle);
        done_r$d = 1'b0;
        error = err$q;
        err_code = code$q;
        if (fsm$q == s_idle) begin
            if (start & alarm_r$q) begin
                err$d = 1'b1;
                code$d = 32'h6;
            end
            else if (start & ~param_ok) begin
                err$d = 1'b1;
                code$d = 32'h1;
            end
            else if (start) begin
                err$d = 1'b0;
                code$d = 32'h0;
                fsm$d = s_run;
            end
        end
        else if (start) begin
            err$d = 1'b1;
            code$d = 32'h2;
        end
        if (finish) begin
            done_r$d = 1'b1;
            fsm$d = s_idle;
        end
        if (wipe) begin
            fsm$d = s_idle;
            done_r$d = 1'b0;
        end
        if (zeroize) begin
            err$d = 1'b0;
            code$d = 32'h0;
        end
        if (fault) begin
            alarm_r$d = 1'b1;
        end
        if (reset) begin
            alarm_r$d = 1'b0;
            err$d = 1'b0;
            code$d = 32'h0;
        end
    end
    
endmodule // mlkem_codec$cmd


module mlkem_codec$cmd$alarm_r(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_codec$cmd$alarm_r


module mlkem_codec$cmd$code(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_codec$cmd$code


module mlkem_codec$cmd$done_r(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_codec$cmd$done_r


module mlkem_codec$cmd$err(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_codec$cmd$err


module mlkem_codec$cmd$fsm(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_codec$cmd$fsm


module mlkem_codec$mode(d,q,clock);
    
    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 7'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_codec$mode


module mlkem_codec$pend(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_codec$pend


module mlkem_codec$pend_b(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_codec$pend_b


module mlkem_codec$pk(clock,clear,put,chunk,width,emit,word,nbits,bad);
    
    // Module arguments
    input wire  clock;
    input wire  clear;
    input wire  put;
    input wire  [47:0] chunk;
    input wire  [5:0] width;
    input wire  emit;
    output reg  [63:0] word;
    output reg  [6:0] nbits;
    output reg  bad;
    
    // Stub signals
    reg  [111:0] acc$d;
    wire  [111:0] acc$q;
    reg  acc$clock;
    reg  [6:0] fill$d;
    wire  [6:0] fill$q;
    reg  fill$clock;
    reg  [6:0] fill_b$d;
    wire  [6:0] fill_b$q;
    reg  fill_b$clock;
    
    // Local signals
    reg  [111:0] base;
    reg  [6:0] base_fill;
    reg  [6:0] next_fill;
    
    // Sub module instances
    mlkem_codec$pk$acc acc(
        .d(acc$d),
        .q(acc$q),
        .clock(acc$clock)
    );
    mlkem_codec$pk$fill fill(
        .d(fill$d),
        .q(fill$q),
        .clock(fill$clock)
    );
    mlkem_codec$pk$fill_b fill_b(
        .d(fill_b$d),
        .q(fill_b$q),
        .clock(fill_b$clock)
    );
    
    // Update code
    always @(*) begin
        acc$clock = clock;
        fill$clock = clock;
        fill_b$clock = clock;
        acc$d = acc$q;
        fill$d = fill$q;
        fill_b$d = fill_b$q;
        word = ((acc$q) & 64'hffffffffffffffff);
        nbits = fill$q;
        bad = (fill$q != fill_b$q) | (fill$q > 32'h6f);
        base = acc$q;
        base_fill = fill$q;
        if (emit) begin
            base = acc$q >> 32'h40;
            base_fill = fill$q - 32'h40;
        end
        acc$d = base;
        next_fill = base_fill;
        if (put) begin
            acc$d = base | (((chunk) & 112'hffffffffffffffffffffffffffff) << base_fill);
            next_fill = base_fill + ((width) & 7'h7f);
        end
        fill$d = next_fill;
        fill_b$d = next_fill;
        if (clear) begin
            acc$d = 32'h0;
            fill$d = 32'h0;
            fill_b$d = 32'h0;
        end
    end
    
endmodule // mlkem_codec$pk


module mlkem_codec$pk$acc(d,q,clock);
    
    // Module arguments
    input wire  [111:0] d;
    output reg  [111:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 112'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_codec$pk$acc


module mlkem_codec$pk$fill(d,q,clock);
    
    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 7'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_codec$pk$fill


module mlkem_codec$pk$fill_b(d,q,clock);
    
    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 7'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_codec$pk$fill_b


module mlkem_codec$range_b(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_codec$range_b


module mlkem_codec$range_r(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_codec$range_r


module mlkem_codec$res(clock,clear,take,word,used,inc,window,nbits,count,bad);
    
    // Module arguments
    input wire  clock;
    input wire  clear;
    input wire  take;
    input wire  [63:0] word;
    input wire  [5:0] used;
    input wire  [2:0] inc;
    output reg  [47:0] window;
    output reg  [6:0] nbits;
    output reg  [8:0] count;
    output reg  bad;
    
    // Stub signals
    reg  [111:0] unread$d;
    wire  [111:0] unread$q;
    reg  unread$clock;
    reg  [6:0] fill$d;
    wire  [6:0] fill$q;
    reg  fill$clock;
    reg  [6:0] fill_b$d;
    wire  [6:0] fill_b$q;
    reg  fill_b$clock;
    reg  [8:0] cnt$d;
    wire  [8:0] cnt$q;
    reg  cnt$clock;
    reg  [8:0] cnt_b$d;
    wire  [8:0] cnt_b$q;
    reg  cnt_b$clock;
    
    // Local signals
    reg  [6:0] left;
    reg  [6:0] next_fill;
    reg  [8:0] next_cnt;
    
    // Sub module instances
    mlkem_codec$res$unread unread(
        .d(unread$d),
        .q(unread$q),
        .clock(unread$clock)
    );
    mlkem_codec$res$fill fill(
        .d(fill$d),
        .q(fill$q),
        .clock(fill$clock)
    );
    mlkem_codec$res$fill_b fill_b(
        .d(fill_b$d),
        .q(fill_b$q),
        .clock(fill_b$clock)
    );
    mlkem_codec$res$cnt cnt(
        .d(cnt$d),
        .q(cnt$q),
        .clock(cnt$clock)
    );
    mlkem_codec$res$cnt_b cnt_b(
        .d(cnt_b$d),
        .q(cnt_b$q),
        .clock(cnt_b$clock)
    );
    
    // Update code
    always @(*) begin
        unread$clock = clock;
        fill$clock = clock;
        fill_b$clock = clock;
        cnt$clock = clock;
        cnt_b$clock = clock;
        unread$d = unread$q;
        fill$d = fill$q;
        fill_b$d = fill_b$q;
        cnt$d = cnt$q;
        cnt_b$d = cnt_b$q;
        window = ((unread$q) & 48'hffffffffffff);
        nbits = fill$q;
        count = cnt$q;
        bad = (fill$q != fill_b$q) | (cnt$q != cnt_b$q) | (fill$q > 32'h6f) | (cnt$q > 32'h100);
        left = fill$q - ((used) & 7'h7f);
        next_fill = left;
        unread$d = unread$q >> used;
        if (take) begin
            next_fill = left + 32'h40;
            unread$d = (unread$q >> used) | (((word) & 112'hffffffffffffffffffffffffffff) << left);
        end
        next_cnt = cnt$q + ((inc) & 9'h1ff);
        fill$d = next_fill;
        fill_b$d = next_fill;
        cnt$d = next_cnt;
        cnt_b$d = next_cnt;
        if (clear) begin
            unread$d = 32'h0;
            fill$d = 32'h0;
            fill_b$d = 32'h0;
            cnt$d = 32'h0;
            cnt_b$d = 32'h0;
        end
    end
    
endmodule // mlkem_codec$res


module mlkem_codec$res$cnt(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_codec$res$cnt


module mlkem_codec$res$cnt_b(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_codec$res$cnt_b


module mlkem_codec$res$fill(d,q,clock);
    
    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 7'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_codec$res$fill


module mlkem_codec$res$fill_b(d,q,clock);
    
    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 7'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_codec$res$fill_b


module mlkem_codec$res$unread(d,q,clock);
    
    // Module arguments
    input wire  [111:0] d;
    output reg  [111:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 112'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_codec$res$unread


module mlkem_codec$wcnt(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_codec$wcnt


module mlkem_codec$wcnt_b(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_codec$wcnt_b

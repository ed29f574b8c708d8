

module mlkem_engine(clock,reset,zeroize,start,op,params,busy,done,error,err_code,fatal,buf_addr,buf_we,buf_wdata,buf_re,buf_rdata);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  zeroize;
    input wire  start;
    input wire  [1:0] op;
    input wire  [1:0] params;
    output reg  busy;
    output reg  done;
    output reg  error;
    output reg  [3:0] err_code;
    output reg  fatal;
    input wire  [10:0] buf_addr;
    input wire  buf_we;
    input wire  [63:0] buf_wdata;
    input wire  buf_re;
    output reg  [63:0] buf_rdata;
    
    // Stub signals
    reg  seq$clock;
    reg  seq$reset;
    reg  seq$zeroize;
    reg  seq$start;
    reg  [1:0] seq$op;
    reg  [1:0] seq$params;
    wire  seq$busy;
    wire  seq$done;
    wire  seq$error;
    wire  [3:0] seq$err_code;
    wire  seq$fatal;
    reg  seq$unit_fatal;
    reg  seq$unit_error;
    reg  seq$step_done;
    reg  seq$flag_set;
    reg  seq$access_violation;
    reg  seq$mem_busy;
    wire  [63:0] seq$ir;
    wire  seq$in_step;
    wire  seq$issue;
    wire  seq$flag_out;
    wire  seq$unit_wipe;
    wire  seq$end_wipe;
    wire  seq$mem_wipe;
    wire  seq$sweep;
    wire  [10:0] seq$sweep_addr;
    reg  [10:0] buffer$read_address;
    reg  buffer$read_clock;
    wire  [63:0] buffer$read_data;
    reg  [10:0] buffer$write_address;
    reg  buffer$write_clock;
    reg  [63:0] buffer$write_data;
    reg  buffer$write_enable;
    reg  sponge$clock;
    reg  sponge$reset;
    reg  sponge$zeroize;
    reg  sponge$start;
    reg  [2:0] sponge$mode;
    reg  [23:0] sponge$out_len;
    reg  [63:0] sponge$in_data;
    reg  sponge$in_valid;
    reg  sponge$in_last;
    reg  [3:0] sponge$in_bytes;
    wire  sponge$in_ready;
    wire  [63:0] sponge$out_data;
    wire  sponge$out_valid;
    wire  sponge$out_last;
    wire  [3:0] sponge$out_bytes;
    reg  sponge$out_ready;
    wire  sponge$busy;
    wire  sponge$done;
    wire  sponge$error;
    wire  [3:0] sponge$err_code;
    wire  sponge$fatal;
    reg  port$clock;
    reg  port$reset;
    reg  port$zeroize;
    reg  port$start;
    reg  port$finish;
    reg  [10:0] port$src;
    reg  [7:0] port$words;
    reg  [15:0] port$suffix;
    reg  [1:0] port$suffix_len;
    reg  [10:0] port$dst;
    reg  port$to_buffer;
    wire  port$busy;
    wire  port$error;
    wire  [3:0] port$err_code;
    wire  port$fatal;
    wire  [63:0] port$s_in_data;
    wire  port$s_in_valid;
    wire  port$s_in_last;
    wire  [3:0] port$s_in_bytes;
    reg  port$s_in_ready;
    reg  [63:0] port$s_out_data;
    reg  port$s_out_valid;
    wire  port$s_out_ready;
    wire  port$buf_re;
    wire  [10:0] port$buf_raddr;
    reg  [63:0] port$buf_rdata;
    wire  port$buf_we;
    wire  [10:0] port$buf_waddr;
    wire  [63:0] port$buf_wdata;
    reg  sntt$clock;
    reg  sntt$reset;
    reg  sntt$zeroize;
    reg  sntt$start;
    reg  [63:0] sntt$in_data;
    reg  sntt$in_valid;
    wire  sntt$in_ready;
    wire  sntt$coef_we$0;
    wire  sntt$coef_we$1;
    wire  sntt$coef_we$2;
    wire  sntt$coef_we$3;
    wire  [7:0] sntt$coef_idx$0;
    wire  [7:0] sntt$coef_idx$1;
    wire  [7:0] sntt$coef_idx$2;
    wire  [7:0] sntt$coef_idx$3;
    wire  [11:0] sntt$coef_data$0;
    wire  [11:0] sntt$coef_data$1;
    wire  [11:0] sntt$coef_data$2;
    wire  [11:0] sntt$coef_data$3;
    wire  sntt$busy;
    wire  sntt$done;
    wire  sntt$error;
    wire  [3:0] sntt$err_code;
    wire  sntt$fatal;
    reg  cbd$clock;
    reg  cbd$reset;
    reg  cbd$zeroize;
    reg  cbd$start;
    reg  [1:0] cbd$eta;
    reg  [63:0] cbd$in_data;
    reg  cbd$in_valid;
    wire  cbd$in_ready;
    wire  cbd$coef_we$0;
    wire  cbd$coef_we$1;
    wire  cbd$coef_we$2;
    wire  cbd$coef_we$3;
    wire  [7:0] cbd$coef_idx$0;
    wire  [7:0] cbd$coef_idx$1;
    wire  [7:0] cbd$coef_idx$2;
    wire  [7:0] cbd$coef_idx$3;
    wire  [11:0] cbd$coef_data$0;
    wire  [11:0] cbd$coef_data$1;
    wire  [11:0] cbd$coef_data$2;
    wire  [11:0] cbd$coef_data$3;
    wire  cbd$busy;
    wire  cbd$done;
    wire  cbd$error;
    wire  [3:0] cbd$err_code;
    wire  cbd$fatal;
    reg  mem$clock;
    reg  mem$reset;
    reg  mem$zeroize;
    reg  mem$start;
    reg  [2:0] mem$op;
    reg  mem$mode;
    reg  [3:0] mem$src_a;
    reg  [3:0] mem$src_b;
    reg  [3:0] mem$dst;
    wire  mem$busy;
    wire  mem$done;
    wire  mem$error;
    wire  [3:0] mem$err_code;
    wire  mem$fatal;
    reg  [11:0] mem$mem_idx$0;
    reg  [11:0] mem$mem_idx$1;
    reg  [11:0] mem$mem_idx$2;
    reg  [11:0] mem$mem_idx$3;
    reg  mem$mem_we$0;
    reg  mem$mem_we$1;
    reg  mem$mem_we$2;
    reg  mem$mem_we$3;
    reg  mem$mem_re$0;
    reg  mem$mem_re$1;
    reg  mem$mem_re$2;
    reg  mem$mem_re$3;
    reg  [23:0] mem$mem_wdata$0;
    reg  [23:0] mem$mem_wdata$1;
    reg  [23:0] mem$mem_wdata$2;
    reg  [23:0] mem$mem_wdata$3;
    wire  [23:0] mem$mem_rdata$0;
    wire  [23:0] mem$mem_rdata$1;
    wire  [23:0] mem$mem_rdata$2;
    wire  [23:0] mem$mem_rdata$3;
    reg  codec$clock;
    reg  codec$reset;
    reg  codec$zeroize;
    reg  codec$start;
    reg  codec$dir;
    reg  [3:0] codec$d;
    wire  codec$busy;
    wire  codec$done;
    wire  codec$error;
    wire  [3:0] codec$err_code;
    wire  codec$fatal;
    wire  codec$range_err;
    wire  codec$pm_re;
    wire  codec$pm_we$0;
    wire  codec$pm_we$1;
    wire  codec$pm_we$2;
    wire  codec$pm_we$3;
    wire  [7:0] codec$pm_idx$0;
    wire  [7:0] codec$pm_idx$1;
    wire  [7:0] codec$pm_idx$2;
    wire  [7:0] codec$pm_idx$3;
    wire  [11:0] codec$pm_wdata$0;
    wire  [11:0] codec$pm_wdata$1;
    wire  [11:0] codec$pm_wdata$2;
    wire  [11:0] codec$pm_wdata$3;
    reg  [11:0] codec$pm_rdata$0;
    reg  [11:0] codec$pm_rdata$1;
    reg  [11:0] codec$pm_rdata$2;
    reg  [11:0] codec$pm_rdata$3;
    wire  codec$buf_we;
    wire  [7:0] codec$buf_waddr;
    wire  [63:0] codec$buf_wdata;
    wire  codec$buf_re;
    wire  [7:0] codec$buf_raddr;
    reg  [63:0] codec$buf_rdata;
    reg  mover$clock;
    reg  mover$reset;
    reg  mover$zeroize;
    reg  mover$start;
    reg  [1:0] mover$op;
    reg  [10:0] mover$a;
    reg  [10:0] mover$b;
    reg  [10:0] mover$c;
    reg  [7:0] mover$words;
    reg  mover$flag;
    wire  mover$busy;
    wire  mover$done;
    wire  mover$error;
    wire  [3:0] mover$err_code;
    wire  mover$fatal;
    wire  mover$diff;
    wire  mover$buf_re;
    wire  [10:0] mover$buf_raddr;
    reg  [63:0] mover$buf_rdata;
    wire  mover$buf_we;
    wire  [10:0] mover$buf_waddr;
    wire  [63:0] mover$buf_wdata;
    reg  host_rd$d;
    wire  host_rd$q;
    reg  host_rd$clock;
    reg  cmp_pend$d;
    wire  cmp_pend$q;
    reg  cmp_pend$clock;
    reg  [63:0] cmp_word$d;
    wire  [63:0] cmp_word$q;
    reg  cmp_word$clock;
    
    // Local signals
    reg  [3:0] u;
    reg  is_hash;
    reg  is_ntt;
    reg  is_enc;
    reg  is_dec;
    reg  is_mov;
    reg  [1:0] h_sink;
    reg  to_sntt;
    reg  to_cbd;
    reg  [2:0] h_mode;
    reg  [11:0] h_slot;
    reg  [10:0] c_addr;
    reg  [11:0] c_slot;
    reg  c_flag;
    reg  step_done;
    reg  host_ok;
    reg  wipe_units;
    reg  sponge_stop;
    
    // Sub module instances
    mlkem_engine$seq seq(
        .clock(seq$clock),
        .reset(seq$reset),
        .zeroize(seq$zeroize),
        .start(seq$start),
        .op(seq$op),
        .params(seq$params),
        .busy(seq$busy),
        .done(seq$done),
        .error(seq$error),
        .err_code(seq$err_code),
        .fatal(seq$fatal),
        .unit_fatal(seq$unit_fatal),
        .unit_error(seq$unit_error),
        .step_done(seq$step_done),
        .flag_set(seq$flag_set),
        .access_violation(seq$access_violation),
        .mem_busy(seq$mem_busy),
        .ir(seq$ir),
        .in_step(seq$in_step),
        .issue(seq$issue),
        .flag_out(seq$flag_out),
        .unit_wipe(seq$unit_wipe),
        .end_wipe(seq$end_wipe),
        .mem_wipe(seq$mem_wipe),
        .sweep(seq$sweep),
        .sweep_addr(seq$sweep_addr)
    );
    mlkem_engine$buffer buffer(
        .read_address(buffer$read_address),
        .read_clock(buffer$read_clock),
        .read_data(buffer$read_data),
        .write_address(buffer$write_address),
        .write_clock(buffer$write_clock),
        .write_data(buffer$write_data),
        .write_enable(buffer$write_enable)
    );
    mlkem_engine$sponge sponge(
        .clock(sponge$clock),
        .reset(sponge$reset),
        .zeroize(sponge$zeroize),
        .start(sponge$start),
        .mode(sponge$mode),
        .out_len(sponge$out_len),
        .in_data(sponge$in_data),
        .in_valid(sponge$in_valid),
        .in_last(sponge$in_last),
        .in_bytes(sponge$in_bytes),
        .in_ready(sponge$in_ready),
        .out_data(sponge$out_data),
        .out_valid(sponge$out_valid),
        .out_last(sponge$out_last),
        .out_bytes(sponge$out_bytes),
        .out_ready(sponge$out_ready),
        .busy(sponge$busy),
        .done(sponge$done),
        .error(sponge$error),
        .err_code(sponge$err_code),
        .fatal(sponge$fatal)
    );
    mlkem_engine$port port(
        .clock(port$clock),
        .reset(port$reset),
        .zeroize(port$zeroize),
        .start(port$start),
        .finish(port$finish),
        .src(port$src),
        .words(port$words),
        .suffix(port$suffix),
        .suffix_len(port$suffix_len),
        .dst(port$dst),
        .to_buffer(port$to_buffer),
        .busy(port$busy),
        .error(port$error),
        .err_code(port$err_code),
        .fatal(port$fatal),
        .s_in_data(port$s_in_data),
        .s_in_valid(port$s_in_valid),
        .s_in_last(port$s_in_last),
        .s_in_bytes(port$s_in_bytes),
        .s_in_ready(port$s_in_ready),
        .s_out_data(port$s_out_data),
        .s_out_valid(port$s_out_valid),
        .s_out_ready(port$s_out_ready),
        .buf_re(port$buf_re),
        .buf_raddr(port$buf_raddr),
        .buf_rdata(port$buf_rdata),
        .buf_we(port$buf_we),
        .buf_waddr(port$buf_waddr),
        .buf_wdata(port$buf_wdata)
    );
    mlkem_engine$sntt sntt(
        .clock(sntt$clock),
        .reset(sntt$reset),
        .zeroize(sntt$zeroize),
        .start(sntt$start),
        .in_data(sntt$in_data),
        .in_valid(sntt$in_valid),
        .in_ready(sntt$in_ready),
        .coef_we$0(sntt$coef_we$0),
        .coef_we$1(sntt$coef_we$1),
        .coef_we$2(sntt$coef_we$2),
        .coef_we$3(sntt$coef_we$3),
        .coef_idx$0(sntt$coef_idx$0),
        .coef_idx$1(sntt$coef_idx$1),
        .coef_idx$2(sntt$coef_idx$2),
        .coef_idx$3(sntt$coef_idx$3),
        .coef_data$0(sntt$coef_data$0),
        .coef_data$1(sntt$coef_data$1),
        .coef_data$2(sntt$coef_data$2),
        .coef_data$3(sntt$coef_data$3),
        .busy(sntt$busy),
        .done(sntt$done),
        .error(sntt$error),
        .err_code(sntt$err_code),
        .fatal(sntt$fatal)
    );
    mlkem_engine$cbd cbd(
        .clock(cbd$clock),
        .reset(cbd$reset),
        .zeroize(cbd$zeroize),
        .start(cbd$start),
        .eta(cbd$eta),
        .in_data(cbd$in_data),
        .in_valid(cbd$in_valid),
        .in_ready(cbd$in_ready),
        .coef_we$0(cbd$coef_we$0),
        .coef_we$1(cbd$coef_we$1),
        .coef_we$2(cbd$coef_we$2),
        .coef_we$3(cbd$coef_we$3),
        .coef_idx$0(cbd$coef_idx$0),
        .coef_idx$1(cbd$coef_idx$1),
        .coef_idx$2(cbd$coef_idx$2),
        .coef_idx$3(cbd$coef_idx$3),
        .coef_data$0(cbd$coef_data$0),
        .coef_data$1(cbd$coef_data$1),
        .coef_data$2(cbd$coef_data$2),
        .coef_data$3(cbd$coef_data$3),
        .busy(cbd$busy),
        .done(cbd$done),
        .error(cbd$error),
        .err_code(cbd$err_code),
        .fatal(cbd$fatal)
    );
    mlkem_engine$mem mem(
        .clock(mem$clock),
        .reset(mem$reset),
        .zeroize(mem$zeroize),
        .start(mem$start),
        .op(mem$op),
        .mode(mem$mode),
        .src_a(mem$src_a),
        .src_b(mem$src_b),
        .dst(mem$dst),
        .busy(mem$busy),
        .done(mem$done),
        .error(mem$error),
        .err_code(mem$err_code),
        .fatal(mem$fatal),
        .mem_idx$0(mem$mem_idx$0),
        .mem_idx$1(mem$mem_idx$1),
        .mem_idx$2(mem$mem_idx$2),
        .mem_idx$3(mem$mem_idx$3),
        .mem_we$0(mem$mem_we$0),
        .mem_we$1(mem$mem_we$1),
        .mem_we$2(mem$mem_we$2),
        .mem_we$3(mem$mem_we$3),
        .mem_re$0(mem$mem_re$0),
        .mem_re$1(mem$mem_re$1),
        .mem_re$2(mem$mem_re$2),
        .mem_re$3(mem$mem_re$3),
        .mem_wdata$0(mem$mem_wdata$0),
        .mem_wdata$1(mem$mem_wdata$1),
        .mem_wdata$2(mem$mem_wdata$2),
        .mem_wdata$3(mem$mem_wdata$3),
        .mem_rdata$0(mem$mem_rdata$0),
        .mem_rdata$1(mem$mem_rdata$1),
        .mem_rdata$2(mem$mem_rdata$2),
        .mem_rdata$3(mem$mem_rdata$3)
    );
    mlkem_engine$codec codec(
        .clock(codec$clock),
        .reset(codec$reset),
        .zeroize(codec$zeroize),
        .start(codec$start),
        .dir(codec$dir),
        .d(codec$d),
        .busy(codec$busy),
        .done(codec$done),
        .error(codec$error),
        .err_code(codec$err_code),
        .fatal(codec$fatal),
        .range_err(codec$range_err),
        .pm_re(codec$pm_re),
        .pm_we$0(codec$pm_we$0),
        .pm_we$1(codec$pm_we$1),
        .pm_we$2(codec$pm_we$2),
        .pm_we$3(codec$pm_we$3),
        .pm_idx$0(codec$pm_idx$0),
        .pm_idx$1(codec$pm_idx$1),
        .pm_idx$2(codec$pm_idx$2),
        .pm_idx$3(codec$pm_idx$3),
        .pm_wdata$0(codec$pm_wdata$0),
        .pm_wdata$1(codec$pm_wdata$1),
        .pm_wdata$2(codec$pm_wdata$2),
        .pm_wdata$3(codec$pm_wdata$3),
        .pm_rdata$0(codec$pm_rdata$0),
        .pm_rdata$1(codec$pm_rdata$1),
        .pm_rdata$2(codec$pm_rdata$2),
        .pm_rdata$3(codec$pm_rdata$3),
        .buf_we(codec$buf_we),
        .buf_waddr(codec$buf_waddr),
        .buf_wdata(codec$buf_wdata),
        .buf_re(codec$buf_re),
        .buf_raddr(codec$buf_raddr),
        .buf_rdata(codec$buf_rdata)
    );
    mlkem_engine$mover mover(
        .clock(mover$clock),
        .reset(mover$reset),
        .zeroize(mover$zeroize),
        .start(mover$start),
        .op(mover$op),
        .a(mover$a),
        .b(mover$b),
        .c(mover$c),
        .words(mover$words),
        .flag(mover$flag),
        .busy(mover$busy),
        .done(mover$done),
        .error(mover$error),
        .err_code(mover$err_code),
        .fatal(mover$fatal),
        .diff(mover$diff),
        .buf_re(mover$buf_re),
        .buf_raddr(mover$buf_raddr),
        .buf_rdata(mover$buf_rdata),
        .buf_we(mover$buf_we),
        .buf_waddr(mover$buf_waddr),
        .buf_wdata(mover$buf_wdata)
    );
    mlkem_engine$host_rd host_rd(
        .d(host_rd$d),
        .q(host_rd$q),
        .clock(host_rd$clock)
    );
    mlkem_engine$cmp_pend cmp_pend(
        .d(cmp_pend$d),
        .q(cmp_pend$q),
        .clock(cmp_pend$clock)
    );
    mlkem_engine$cmp_word cmp_word(
        .d(cmp_word$d),
        .q(cmp_word$q),
        .clock(cmp_word$clock)
    );
    
    // Update code
    always @(*) begin
        host_rd$clock = clock;
        cmp_pend$clock = clock;
        cmp_word$clock = clock;
        host_rd$d = host_rd$q;
        cmp_pend$d = cmp_pend$q;
        cmp_word$d = cmp_word$q;
        seq$clock = clock;
        buffer$read_clock = clock;
        buffer$write_clock = clock;
        sponge$clock = clock;
        port$clock = clock;
        sntt$clock = clock;
        cbd$clock = clock;
        mem$clock = clock;
        codec$clock = clock;
        mover$clock = clock;
        seq$reset = reset;
        seq$zeroize = zeroize;
        seq$start = start;
        seq$op = op;
        seq$params = params;
        busy = seq$busy;
        done = seq$done;
        error = seq$error;
        err_code = seq$err_code;
        fatal = seq$fatal;
        u = seq$ir[(32'h0)+:(4)];
        is_hash = u == 32'h1;
        is_ntt = u == 32'h2;
        is_enc = u == 32'h3;
        is_dec = u == 32'h4;
        is_mov = (u == 32'h5) | (u == 32'h6) | (u == 32'h9) | (u == 32'ha);
        h_sink = seq$ir[(32'h1a)+:(2)];
        h_mode = seq$ir[(32'h17)+:(3)];
        to_sntt = is_hash & (h_sink == 32'h1);
        to_cbd = is_hash & (h_sink == 32'h2);
        h_slot = ((seq$ir[(32'h2f)+:(4)]) & 12'hfff) << 32'h8;
        c_addr = seq$ir[(32'h4)+:(11)];
        c_slot = ((seq$ir[(32'hf)+:(4)]) & 12'hfff) << 32'h8;
        c_flag = seq$ir[32'h17];
        wipe_units = zeroize | seq$unit_wipe | seq$end_wipe;
        port$reset = reset;
        sntt$reset = reset;
        cbd$reset = reset;
        mem$reset = reset;
        codec$reset = reset;
        mover$reset = reset;
        sponge$reset = reset;
        port$zeroize = wipe_units;
        sntt$zeroize = wipe_units;
        cbd$zeroize = wipe_units;
        mem$zeroize = zeroize | seq$unit_wipe | seq$mem_wipe;
        codec$zeroize = wipe_units;
        mover$zeroize = wipe_units;
        step_done = 1'b0;
        if (is_hash) begin
            step_done = sponge$done;
            if (to_sntt) begin
                step_done = sntt$done;
            end
            if (to_cbd) begin
                step_done = cbd$done;
            end
        end
        if (is_ntt) begin
            step_done = mem$done;
        end
        if (is_enc | is_dec) begin
            step_done = codec$done;
        end
        if (is_mov) begin
            step_done = mover$done;
        end
        seq$step_done = step_done;
        sponge_stop = step_done & (to_sntt | to_cbd);
        sponge$zeroize = wipe_units | sponge_stop;
        seq$unit_fatal = sponge$fatal | port$fatal | sntt$fatal | cbd$fatal | mem$fatal | codec$fatal | mover$fatal;
        seq$unit_error = sponge$error | port$error | sntt$error | cbd$error | mem$error | codec$error | mover$error;
        seq$mem_busy = mem$busy;
        sponge$start = seq$issue & is_hash;
        port$start = seq$issue & is_hash;
        sntt$start = seq$issue & to_sntt;
        cbd$start = seq$issue & to_cbd;
        port$finish = is_hash & step_done;
        sponge$mode = h_mode;
        sponge$out_len = 32'h20;
        if (to_sntt) begin
            sponge$out_len = 32'hffffff;
        end
        if (to_cbd) begin
            sponge$out_len = 32'h80;
            cbd$eta = 32'h2;
            if (seq$ir[32'h1c]) begin
                sponge$out_len = 32'hc0;
                cbd$eta = 32'h3;
            end
        end
        else begin
            cbd$eta = 32'h2;
        end
        port$src = seq$ir[(32'h4)+:(11)];
        port$words = seq$ir[(32'hf)+:(8)];
        port$suffix_len = seq$ir[(32'h1d)+:(2)];
        port$suffix = seq$ir[(32'h1f)+:(16)];
        port$dst = seq$ir[(32'h2f)+:(11)];
        port$to_buffer = h_sink == 32'h0;
        sponge$in_data = port$s_in_data;
        sponge$in_valid = port$s_in_valid;
        sponge$in_last = port$s_in_last;
        sponge$in_bytes = port$s_in_bytes;
        port$s_in_ready = sponge$in_ready;
        port$s_out_data = sponge$out_data;
        port$s_out_valid = sponge$out_valid;
        sntt$in_data = sponge$out_data;
        cbd$in_data = sponge$out_data;
        sntt$in_valid = sponge$out_valid & to_sntt;
        cbd$in_valid = sponge$out_valid & to_cbd;
        sponge$out_ready = port$s_out_ready | (sntt$in_ready & to_sntt) | (cbd$in_ready & to_cbd);
        mem$start = seq$issue & is_ntt;
        mem$op = seq$ir[(32'h4)+:(3)];
        mem$mode = 1'b0;
        mem$src_a = seq$ir[(32'h7)+:(4)];
        mem$src_b = seq$ir[(32'hb)+:(4)];
        mem$dst = seq$ir[(32'hf)+:(4)];
        codec$start = seq$issue & (is_enc | is_dec);
        codec$dir = is_dec;
        codec$d = seq$ir[(32'h13)+:(4)];
        codec$pm_rdata$0 = ((mem$mem_rdata$0) & 12'hfff);
        codec$pm_rdata$1 = ((mem$mem_rdata$1) & 12'hfff);
        codec$pm_rdata$2 = ((mem$mem_rdata$2) & 12'hfff);
        codec$pm_rdata$3 = ((mem$mem_rdata$3) & 12'hfff);
        mover$start = seq$issue & is_mov;
        mover$op = 32'h0;
        if (u == 32'h6) begin
            mover$op = 32'h1;
        end
        if (u == 32'h9) begin
            mover$op = 32'h2;
        end
        if (u == 32'ha) begin
            mover$op = 32'h3;
        end
        mover$a = seq$ir[(32'h4)+:(11)];
        mover$b = seq$ir[(32'hf)+:(11)];
        mover$words = seq$ir[(32'h1a)+:(8)];
        mover$c = seq$ir[(32'h22)+:(11)];
        mover$flag = seq$flag_out;
        mem$mem_we$0 = 1'b0;
        mem$mem_idx$0 = 32'h0;
        mem$mem_wdata$0 = 32'h0;
        if (to_sntt) begin
            mem$mem_we$0 = sntt$coef_we$0;
            mem$mem_idx$0 = h_slot | ((sntt$coef_idx$0) & 12'hfff);
            mem$mem_wdata$0 = ((sntt$coef_data$0) & 24'hffffff);
        end
        if (to_cbd) begin
            mem$mem_we$0 = cbd$coef_we$0;
            mem$mem_idx$0 = h_slot | ((cbd$coef_idx$0) & 12'hfff);
            mem$mem_wdata$0 = ((cbd$coef_data$0) & 24'hffffff);
        end
        if (is_enc | is_dec) begin
            mem$mem_we$0 = codec$pm_we$0;
            mem$mem_idx$0 = c_slot | ((codec$pm_idx$0) & 12'hfff);
            mem$mem_wdata$0 = ((codec$pm_wdata$0) & 24'hffffff);
        end
        mem$mem_we$1 = 1'b0;
        mem$mem_idx$1 = 32'h0;
        mem$mem_wdata$1 = 32'h0;
        if (to_sntt) begin
            mem$mem_we$1 = sntt$coef_we$1;
            mem$mem_idx$1 = h_slot | ((sntt$coef_idx$1) & 12'hfff);
            mem$mem_wdata$1 = ((sntt$coef_data$1) & 24'hffffff);
        end
        if (to_cbd) begin
            mem$mem_we$1 = cbd$coef_we$1;
            mem$mem_idx$1 = h_slot | ((cbd$coef_idx$1) & 12'hfff);
            mem$mem_wdata$1 = ((cbd$coef_data$1) & 24'hffffff);
        end
        if (is_enc | is_dec) begin
            mem$mem_we$1 = codec$pm_we$1;
            mem$mem_idx$1 = c_slot | ((codec$pm_idx$1) & 12'hfff);
            mem$mem_wdata$1 = ((codec$pm_wdata$1) & 24'hffffff);
        end
        mem$mem_we$2 = 1'b0;
        mem$mem_idx$2 = 32'h0;
        mem$mem_wdata$2 = 32'h0;
        if (to_sntt) begin
            mem$mem_we$2 = sntt$coef_we$2;
            mem$mem_idx$2 = h_slot | ((sntt$coef_idx$2) & 12'hfff);
            mem$mem_wdata$2 = ((sntt$coef_data$2) & 24'hffffff);
        end
        if (to_cbd) begin
            mem$mem_we$2 = cbd$coef_we$2;
            mem$mem_idx$2 = h_slot | ((cbd$coef_idx$2) & 12'hfff);
            mem$mem_wdata$2 = ((cbd$coef_data$2) & 24'hffffff);
        end
        if (is_enc | is_dec) begin
            mem$mem_we$2 = codec$pm_we$2;
            mem$mem_idx$2 = c_slot | ((codec$pm_idx$2) & 12'hfff);
            mem$mem_wdata$2 = ((codec$pm_wdata$2) & 24'hffffff);
        end
        mem$mem_we$3 = 1'b0;
        mem$mem_idx$3 = 32'h0;
        mem$mem_wdata$3 = 32'h0;
        if (to_sntt) begin
            mem$mem_we$3 = sntt$coef_we$3;
            mem$mem_idx$3 = h_slot | ((sntt$coef_idx$3) & 12'hfff);
            mem$mem_wdata$3 = ((sntt$coef_data$3) & 24'hffffff);
        end
        if (to_cbd) begin
            mem$mem_we$3 = cbd$coef_we$3;
            mem$mem_idx$3 = h_slot | ((cbd$coef_idx$3) & 12'hfff);
            mem$mem_wdata$3 = ((cbd$coef_data$3) & 24'hffffff);
        end
        if (is_enc | is_dec) begin
            mem$mem_we$3 = codec$pm_we$3;
            mem$mem_idx$3 = c_slot | ((codec$pm_idx$3) & 12'hfff);
            mem$mem_wdata$3 = ((codec$pm_wdata$3) & 24'hffffff);
        end
        mem$mem_re$0 = (is_enc | is_dec) & codec$pm_re;
        mem$mem_re$1 = (is_enc | is_dec) & codec$pm_re;
        mem$mem_re$2 = (is_enc | is_dec) & codec$pm_re;
        mem$mem_re$3 = (is_enc | is_dec) & codec$pm_re;
        host_ok = ~seq$busy & ~seq$fatal;
        buffer$read_address = buf_addr;
        if (is_hash) begin
            buffer$read_address = port$buf_raddr;
        end
        if (is_dec) begin
            buffer$read_address = c_addr + ((codec$buf_raddr) & 11'h7ff);
        end
        if (is_enc) begin
            buffer$read_address = c_addr + ((codec$buf_waddr) & 11'h7ff);
        end
        if (is_mov) begin
            buffer$read_address = mover$buf_raddr;
        end
        port$buf_rdata = buffer$read_data;
        codec$buf_rdata = buffer$read_data;
        mover$buf_rdata = buffer$read_data;
        host_rd$d = buf_re & host_ok;
        buf_rdata = 32'h0;
        if (host_rd$q) begin
            buf_rdata = buffer$read_data;
        end
        buffer$write_enable = buf_we & host_ok;
        buffer$write_address = buf_addr;
        buffer$write_data = buf_wdata;
        if (seq$in_step) begin
            buffer$write_enable = 1'b0;
            buffer$write_address = 32'h0;
            buffer$write_data = 32'h0;
        end
        if (is_hash) begin
            buffer$write_enable = port$buf_we;
            buffer$write_address = port$buf_waddr;
            buffer$write_data = port$buf_wdata;
        end
        if (is_enc & ~c_flag) begin
            buffer$write_enable = codec$buf_we;
            buffer$write_address = c_addr + ((codec$buf_waddr) & 11'h7ff);
            buffer$write_data = codec$buf_wdata;
        end
        if (is_mov) begin
            buffer$write_enable = mover$buf_we;
            buffer$write_address = mover$buf_waddr;
            buffer$write_data = mover$buf_wdata;
        end
        if (seq$sweep) begin
            buffer$write_enable = 1'b1;
            buffer$write_address = seq$sweep_addr;
            buffer$write_data = 32'h0;
        end
        seq$access_violation = (buf_we | buf_re) & ~host_ok;
        cmp_pend$d = is_enc & c_flag & codec$buf_we;
        cmp_word$d = 32'h0;
        if (is_enc & c_flag & codec$buf_we) begin
            cmp_word$d = codec$buf_wdata;
        end
        seq$flag_set = (cmp_pend$q & (cmp_word$q != buffer$read_data)) | (is_mov & mover$diff) | (is_dec & c_flag & codec$done & codec$range_err);
        if (wipe_units) begin
            cmp_pend$d = 1'b0;
            cmp_word$d = 32'h0;
        end
    end
    
endmodule // mlkem_engine


module mlkem_engine$buffer(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [10:0] read_address;
    input wire  read_clock;
    output reg  [63:0] read_data;
    input wire  [10:0] write_address;
    input wire  write_clock;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[63:0] mem[2047:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // mlkem_engine$buffer


module mlkem_engine$cbd(clock,reset,zeroize,start,eta,in_data,in_valid,in_ready,coef_we$0,coef_we$1,coef_we$2,coef_we$3,coef_idx$0,coef_idx$1,coef_idx$2,coef_idx$3,coef_data$0,coef_data$1,coef_data$2,coef_data$3,busy,done,error,err_code,fatal);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  zeroize;
    input wire  start;
    input wire  [1:0] eta;
    input wire  [63:0] in_data;
    input wire  in_valid;
    output reg  in_ready;
    output reg  coef_we$0;
    output reg  coef_we$1;
    output reg  coef_we$2;
    output reg  coef_we$3;
    output reg  [7:0] coef_idx$0;
    output reg  [7:0] coef_idx$1;
    output reg  [7:0] coef_idx$2;
    output reg  [7:0] coef_idx$3;
    output reg  [11:0] coef_data$0;
    output reg  [11:0] coef_data$1;
    output reg  [11:0] coef_data$2;
    output reg  [11:0] coef_data$3;
    output reg  busy;
    output reg  done;
    output reg  error;
    output reg  [3:0] err_code;
    output reg  fatal;
    
    // Constant declarations
    localparam  e_eta2 = 6'b111;
    localparam  e_eta3 = 6'b11001;
    
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
    reg  [4:0] res$used;
    reg  [2:0] res$inc;
    wire  [23:0] res$window;
    wire  [6:0] res$nbits;
    wire  [8:0] res$count;
    wire  res$bad;
    reg  [5:0] eta_st$d;
    wire  [5:0] eta_st$q;
    reg  eta_st$clock;
    
    // Local signals
    reg  fault;
    reg  eta_ok;
    reg  run;
    reg  eta3;
    reg  [6:0] width;
    reg  consume;
    reg  filled;
    reg  [11:0] cb$0;
    reg  [11:0] cb$1;
    reg  [11:0] cb$2;
    reg  [11:0] cb$3;
    reg  [11:0] x$0;
    reg  [11:0] x$1;
    reg  [11:0] x$2;
    reg  [11:0] x$3;
    reg  [11:0] y$0;
    reg  [11:0] y$1;
    reg  [11:0] y$2;
    reg  [11:0] y$3;
    reg  [11:0] f$0;
    reg  [11:0] f$1;
    reg  [11:0] f$2;
    reg  [11:0] f$3;
    reg  [6:0] left;
    reg  room;
    reg  param_ok;
    reg  finish;
    reg  wipe;
    
    // Sub module instances
    mlkem_engine$cbd$cmd cmd(
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
    mlkem_engine$cbd$res res(
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
    mlkem_engine$cbd$eta_st eta_st(
        .d(eta_st$d),
        .q(eta_st$q),
        .clock(eta_st$clock)
    );
    
    // Update code
    always @(*) begin
        eta_st$clock = clock;
        eta_st$d = eta_st$q;
        cmd$clock = clock;
        res$clock = clock;
        eta_ok = (~cmd$busy & (eta_st$q == 32'h0)) | (cmd$running & ((eta_st$q == e_eta2) | (eta_st$q == e_eta3)));
        fault = ~cmd$legal | ~eta_ok | res$bad;
        fatal = cmd$alarm | fault;
        run = cmd$running & ~fault;
        busy = cmd$busy;
        done = cmd$done;
        error = cmd$error;
        err_code = cmd$err_code;
        eta3 = eta_st$q == e_eta3;
        width = 32'h10;
        if (eta3) begin
            width = 32'h18;
        end
        consume = run & (res$nbits >= width);
        cb$0 = ((res$window) & 12'hfff) & 32'h3f;
        cb$1 = ((res$window >> 32'h4) & 12'hfff) & 32'h3f;
        cb$2 = ((res$window >> 32'h8) & 12'hfff) & 32'h3f;
        cb$3 = ((res$window >> 32'hc) & 12'hfff) & 32'h3f;
        if (eta3) begin
            cb$1 = ((res$window >> 32'h6) & 12'hfff) & 32'h3f;
            cb$2 = ((res$window >> 32'hc) & 12'hfff) & 32'h3f;
            cb$3 = ((res$window >> 32'h12) & 12'hfff) & 32'h3f;
        end
        x$0 = (cb$0 & 32'h1) + ((cb$0 >> 32'h1) & 32'h1);
        y$0 = ((cb$0 >> 32'h2) & 32'h1) + ((cb$0 >> 32'h3) & 32'h1);
        if (eta3) begin
            x$0 = (cb$0 & 32'h1) + ((cb$0 >> 32'h1) & 32'h1) + ((cb$0 >> 32'h2) & 32'h1);
            y$0 = ((cb$0 >> 32'h3) & 32'h1) + ((cb$0 >> 32'h4) & 32'h1) + ((cb$0 >> 32'h5) & 32'h1);
        end
        f$0 = x$0 - y$0;
        if (x$0 < y$0) begin
            f$0 = x$0 + 32'hd01 - y$0;
        end
        x$1 = (cb$1 & 32'h1) + ((cb$1 >> 32'h1) & 32'h1);
        y$1 = ((cb$1 >> 32'h2) & 32'h1) + ((cb$1 >> 32'h3) & 32'h1);
        if (eta3) begin
            x$1 = (cb$1 & 32'h1) + ((cb$1 >> 32'h1) & 32'h1) + ((cb$1 >> 32'h2) & 32'h1);
            y$1 = ((cb$1 >> 32'h3) & 32'h1) + ((cb$1 >> 32'h4) & 32'h1) + ((cb$1 >> 32'h5) & 32'h1);
        end
        f$1 = x$1 - y$1;
        if (x$1 < y$1) begin
            f$1 = x$1 + 32'hd01 - y$1;
        end
        x$2 = (cb$2 & 32'h1) + ((cb$2 >> 32'h1) & 32'h1);
        y$2 = ((cb$2 >> 32'h2) & 32'h1) + ((cb$2 >> 32'h3) & 32'h1);
        if (eta3) begin
            x$2 = (cb$2 & 32'h1) + ((cb$2 >> 32'h1) & 32'h1) + ((cb$2 >> 32'h2) & 32'h1);
            y$2 = ((cb$2 >> 32'h3) & 32'h1) + ((cb$2 >> 32'h4) & 32'h1) + ((cb$2 >> 32'h5) & 32'h1);
        end
        f$2 = x$2 - y$2;
        if (x$2 < y$2) begin
            f$2 = x$2 + 32'hd01 - y$2;
        end
        x$3 = (cb$3 & 32'h1) + ((cb$3 >> 32'h1) & 32'h1);
        y$3 = ((cb$3 >> 32'h2) & 32'h1) + ((cb$3 >> 32'h3) & 32'h1);
        if (eta3) begin
            x$3 = (cb$3 & 32'h1) + ((cb$3 >> 32'h1) & 32'h1) + ((cb$3 >> 32'h2) & 32'h1);
            y$3 = ((cb$3 >> 32'h3) & 32'h1) + ((cb$3 >> 32'h4) & 32'h1) + ((cb$3 >> 32'h5) & 32'h1);
        end
        f$3 = x$3 - y$3;
        if (x$3 < y$3) begin
            f$3 = x$3 + 32'hd01 - y$3;
        end
        filled = 1'b0;
        left = res$nbits;
        res$used = 32'h0;
        res$inc = 32'h0;
        if (consume) begin
            filled = res$count >= 32'hfc;
            left = res$nbits - width;
            res$used = ((width) & 5'h1f);
            res$inc = 32'h4;
        end
        coef_we$0 = consume;
        coef_data$0 = 32'h0;
        coef_we$1 = consume;
        coef_data$1 = 32'h0;
        coef_we$2 = consume;
        coef_data$2 = 32'h0;
        coef_we$3 = consume;
        coef_data$3 = 32'h0;
        coef_idx$0 = 32'h0;
        coef_idx$1 = 32'h0;
        coef_idx$2 = 32'h0;
        coef_idx$3 = 32'h0;
        if (consume) begin
            coef_idx$0 = ((res$count) & 8'hff);
            coef_idx$1 = ((res$count) & 8'hff) + 32'h1;
            coef_idx$2 = ((res$count) & 8'hff) + 32'h2;
            coef_idx$3 = ((res$count) & 8'hff) + 32'h3;
            coef_data$0 = f$0;
            coef_data$1 = f$1;
            coef_data$2 = f$2;
            coef_data$3 = f$3;
        end
        room = left < width;
        in_ready = run & room & ~filled;
        res$take = in_ready & in_valid;
        res$word = in_data;
        param_ok = (eta == 32'h2) | (eta == 32'h3);
        finish = run & room & filled;
        cmd$start = start;
        cmd$param_ok = param_ok;
        cmd$finish = finish;
        cmd$fault = fault;
        cmd$zeroize = zeroize;
        cmd$reset = reset;
        if (start & ~cmd$busy & ~cmd$alarm & param_ok) begin
            eta_st$d = e_eta2;
            if (eta == 32'h3) begin
                eta_st$d = e_eta3;
            end
        end
        wipe = zeroize | reset | fault | cmd$alarm;
        cmd$wipe = wipe;
        res$clear = wipe | finish;
        if (wipe | finish) begin
            eta_st$d = 32'h0;
        end
    end
    
endmodule // mlkem_engine$cbd


module mlkem_engine$cbd$cmd(clock,start,param_ok,finish,fault,wipe,zeroize,reset,running,legal,alarm,busy,done,error,err_code);
    
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
    mlkem_engine$cbd$cmd$fsm fsm(
        .d(fsm$d),
        .q(fsm$q),
        .clock(fsm$clock)
    );
    mlkem_engine$cbd$cmd$alarm_r alarm_r(
        .d(alarm_r$d),
        .q(alarm_r$q),
        .clock(alarm_r$clock)
    );
    mlkem_engine$cbd$cmd$err err(
        .d(err$d),
        .q(err$q),
        .clock(err$clock)
    );
    mlkem_engine$cbd$cmd$code code(
        .d(code$d),
        .q(code$q),
        .clock(code$clock)
    );
    mlkem_engine$cbd$cmd$done_r done_r(
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
    
endmodule // mlkem_engine$cbd$cmd


module mlkem_engine$cbd$cmd$alarm_r(d,q,clock);
    
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
          
endmodule // mlkem_engine$cbd$cmd$alarm_r


module mlkem_engine$cbd$cmd$code(d,q,clock);
    
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
          
endmodule // mlkem_engine$cbd$cmd$code


module mlkem_engine$cbd$cmd$done_r(d,q,clock);
    
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
          
endmodule // mlkem_engine$cbd$cmd$done_r


module mlkem_engine$cbd$cmd$err(d,q,clock);
    
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
          
endmodule // mlkem_engine$cbd$cmd$err


module mlkem_engine$cbd$cmd$fsm(d,q,clock);
    
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
          
endmodule // mlkem_engine$cbd$cmd$fsm


module mlkem_engine$cbd$eta_st(d,q,clock);
    
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
          
endmodule // mlkem_engine$cbd$eta_st


module mlkem_engine$cbd$res(clock,clear,take,word,used,inc,window,nbits,count,bad);
    
    // Module arguments
    input wire  clock;
    input wire  clear;
    input wire  take;
    input wire  [63:0] word;
    input wire  [4:0] used;
    input wire  [2:0] inc;
    output reg  [23:0] window;
    output reg  [6:0] nbits;
    output reg  [8:0] count;
    output reg  bad;
    
    // Stub signals
    reg  [87:0] unread$d;
    wire  [87:0] unread$q;
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
    mlkem_engine$cbd$res$unread unread(
        .d(unread$d),
        .q(unread$q),
        .clock(unread$clock)
    );
    mlkem_engine$cbd$res$fill fill(
        .d(fill$d),
        .q(fill$q),
        .clock(fill$clock)
    );
    mlkem_engine$cbd$res$fill_b fill_b(
        .d(fill_b$d),
        .q(fill_b$q),
        .clock(fill_b$clock)
    );
    mlkem_engine$cbd$res$cnt cnt(
        .d(cnt$d),
        .q(cnt$q),
        .clock(cnt$clock)
    );
    mlkem_engine$cbd$res$cnt_b cnt_b(
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
        window = ((unread$q) & 24'hffffff);
        nbits = fill$q;
        count = cnt$q;
        bad = (fill$q != fill_b$q) | (cnt$q != cnt_b$q) | (fill$q > 32'h57) | (cnt$q > 32'h100);
        left = fill$q - ((used) & 7'h7f);
        next_fill = left;
        unread$d = unread$q >> used;
        if (take) begin
            next_fill = left + 32'h40;
            unread$d = (unread$q >> used) | (((word) & 88'hffffffffffffffffffffff) << left);
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
    
endmodule // mlkem_engine$cbd$res


module mlkem_engine$cbd$res$cnt(d,q,clock);
    
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
          
endmodule // mlkem_engine$cbd$res$cnt


module mlkem_engine$cbd$res$cnt_b(d,q,clock);
    
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
          
endmodule // mlkem_engine$cbd$res$cnt_b


module mlkem_engine$cbd$res$fill(d,q,clock);
    
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
          
endmodule // mlkem_engine$cbd$res$fill


module mlkem_engine$cbd$res$fill_b(d,q,clock);
    
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
          
endmodule // mlkem_engine$cbd$res$fill_b


module mlkem_engine$cbd$res$unread(d,q,clock);
    
    // Module arguments
    input wire  [87:0] d;
    output reg  [87:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 88'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$cbd$res$unread


module mlkem_engine$cmp_pend(d,q,clock);
    
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
          
endmodule // mlkem_engine$cmp_pend


module mlkem_engine$cmp_word(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$cmp_word


module mlkem_engine$codec(clock,reset,zeroize,start,dir,d,busy,done,error,err_code,fatal,range_err,pm_re,pm_we$0,pm_we$1,pm_we$2,pm_we$3,pm_idx$0,pm_idx$1,pm_idx$2,pm_idx$3,pm_wdata$0,pm_wdata$1,pm_wdata$2,pm_wdata$3,pm_rdata$0,pm_rdata$1,pm_rdata$2,pm_rdata$3,buf_we,buf_waddr,buf_wdata,buf_re,buf_raddr,buf_rdata);
    
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
    mlkem_engine$codec$cmd cmd(
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
    mlkem_engine$codec$res res(
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
    mlkem_engine$codec$pk pk(
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
    mlkem_engine$codec$mode mode(
        .d(mode$d),
        .q(mode$q),
        .clock(mode$clock)
    );
    mlkem_engine$codec$wcnt wcnt(
        .d(wcnt$d),
        .q(wcnt$q),
        .clock(wcnt$clock)
    );
    mlkem_engine$codec$wcnt_b wcnt_b(
        .d(wcnt_b$d),
        .q(wcnt_b$q),
        .clock(wcnt_b$clock)
    );
    mlkem_engine$codec$pend pend(
        .d(pend$d),
        .q(pend$q),
        .clock(pend$clock)
    );
    mlkem_engine$codec$pend_b pend_b(
        .d(pend_b$d),
        .q(pend_b$q),
        .clock(pend_b$clock)
    );
    mlkem_engine$codec$range_r range_r(
        .d(range_r$d),
        .q(range_r$q),
        .clock(range_r$clock)
    );
    mlkem_engine$codec$range_b range_b(
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
    
endmodule // mlkem_engine$codec


module mlkem_engine$codec$cmd(clock,start,param_ok,finish,fault,wipe,zeroize,reset,running,legal,alarm,busy,done,error,err_code);
    
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
    mlkem_engine$codec$cmd$fsm fsm(
        .d(fsm$d),
        .q(fsm$q),
        .clock(fsm$clock)
    );
    mlkem_engine$codec$cmd$alarm_r alarm_r(
        .d(alarm_r$d),
        .q(alarm_r$q),
        .clock(alarm_r$clock)
    );
    mlkem_engine$codec$cmd$err err(
        .d(err$d),
        .q(err$q),
        .clock(err$clock)
    );
    mlkem_engine$codec$cmd$code code(
        .d(code$d),
        .q(code$q),
        .clock(code$clock)
    );
    mlkem_engine$codec$cmd$done_r done_r(
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
    
endmodule // mlkem_engine$codec$cmd


module mlkem_engine$codec$cmd$alarm_r(d,q,clock);
    
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
          
endmodule // mlkem_engine$codec$cmd$alarm_r


module mlkem_engine$codec$cmd$code(d,q,clock);
    
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
          
endmodule // mlkem_engine$codec$cmd$code


module mlkem_engine$codec$cmd$done_r(d,q,clock);
    
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
          
endmodule // mlkem_engine$codec$cmd$done_r


module mlkem_engine$codec$cmd$err(d,q,clock);
    
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
          
endmodule // mlkem_engine$codec$cmd$err


module mlkem_engine$codec$cmd$fsm(d,q,clock);
    
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
          
endmodule // mlkem_engine$codec$cmd$fsm


module mlkem_engine$codec$mode(d,q,clock);
    
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
          
endmodule // mlkem_engine$codec$mode


module mlkem_engine$codec$pend(d,q,clock);
    
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
          
endmodule // mlkem_engine$codec$pend


module mlkem_engine$codec$pend_b(d,q,clock);
    
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
          
endmodule // mlkem_engine$codec$pend_b


module mlkem_engine$codec$pk(clock,clear,put,chunk,width,emit,word,nbits,bad);
    
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
    mlkem_engine$codec$pk$acc acc(
        .d(acc$d),
        .q(acc$q),
        .clock(acc$clock)
    );
    mlkem_engine$codec$pk$fill fill(
        .d(fill$d),
        .q(fill$q),
        .clock(fill$clock)
    );
    mlkem_engine$codec$pk$fill_b fill_b(
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
    
endmodule // mlkem_engine$codec$pk


module mlkem_engine$codec$pk$acc(d,q,clock);
    
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
          
endmodule // mlkem_engine$codec$pk$acc


module mlkem_engine$codec$pk$fill(d,q,clock);
    
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
          
endmodule // mlkem_engine$codec$pk$fill


module mlkem_engine$codec$pk$fill_b(d,q,clock);
    
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
          
endmodule // mlkem_engine$codec$pk$fill_b


module mlkem_engine$codec$range_b(d,q,clock);
    
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
          
endmodule // mlkem_engine$codec$range_b


module mlkem_engine$codec$range_r(d,q,clock);
    
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
          
endmodule // mlkem_engine$codec$range_r


module mlkem_engine$codec$res(clock,clear,take,word,used,inc,window,nbits,count,bad);
    
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
    mlkem_engine$codec$res$unread unread(
        .d(unread$d),
        .q(unread$q),
        .clock(unread$clock)
    );
    mlkem_engine$codec$res$fill fill(
        .d(fill$d),
        .q(fill$q),
        .clock(fill$clock)
    );
    mlkem_engine$codec$res$fill_b fill_b(
        .d(fill_b$d),
        .q(fill_b$q),
        .clock(fill_b$clock)
    );
    mlkem_engine$codec$res$cnt cnt(
        .d(cnt$d),
        .q(cnt$q),
        .clock(cnt$clock)
    );
    mlkem_engine$codec$res$cnt_b cnt_b(
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
    
endmodule // mlkem_engine$codec$res


module mlkem_engine$codec$res$cnt(d,q,clock);
    
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
          
endmodule // mlkem_engine$codec$res$cnt


module mlkem_engine$codec$res$cnt_b(d,q,clock);
    
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
          
endmodule // mlkem_engine$codec$res$cnt_b


module mlkem_engine$codec$res$fill(d,q,clock);
    
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
          
endmodule // mlkem_engine$codec$res$fill


module mlkem_engine$codec$res$fill_b(d,q,clock);
    
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
          
endmodule // mlkem_engine$codec$res$fill_b


module mlkem_engine$codec$res$unread(d,q,clock);
    
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
          
endmodule // mlkem_engine$codec$res$unread


module mlkem_engine$codec$wcnt(d,q,clock);
    
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
          
endmodule // mlkem_engine$codec$wcnt


module mlkem_engine$codec$wcnt_b(d,q,clock);
    
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
          
endmodule // mlkem_engine$codec$wcnt_b


module mlkem_engine$host_rd(d,q,clock);
    
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
          
endmodule // mlkem_engine$host_rd


module mlkem_engine$mem(clock,reset,zeroize,start,op,mode,src_a,src_b,dst,busy,done,error,err_code,fatal,mem_idx$0,mem_idx$1,mem_idx$2,mem_idx$3,mem_we$0,mem_we$1,mem_we$2,mem_we$3,mem_re$0,mem_re$1,mem_re$2,mem_re$3,mem_wdata$0,mem_wdata$1,mem_wdata$2,mem_wdata$3,mem_rdata$0,mem_rdata$1,mem_rdata$2,mem_rdata$3);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  zeroize;
    input wire  start;
    input wire  [2:0] op;
    input wire  mode;
    input wire  [3:0] src_a;
    input wire  [3:0] src_b;
    input wire  [3:0] dst;
    output reg  busy;
    output reg  done;
    output reg  error;
    output reg  [3:0] err_code;
    output reg  fatal;
    input wire  [11:0] mem_idx$0;
    input wire  [11:0] mem_idx$1;
    input wire  [11:0] mem_idx$2;
    input wire  [11:0] mem_idx$3;
    input wire  mem_we$0;
    input wire  mem_we$1;
    input wire  mem_we$2;
    input wire  mem_we$3;
    input wire  mem_re$0;
    input wire  mem_re$1;
    input wire  mem_re$2;
    input wire  mem_re$3;
    input wire  [23:0] mem_wdata$0;
    input wire  [23:0] mem_wdata$1;
    input wire  [23:0] mem_wdata$2;
    input wire  [23:0] mem_wdata$3;
    output reg  [23:0] mem_rdata$0;
    output reg  [23:0] mem_rdata$1;
    output reg  [23:0] mem_rdata$2;
    output reg  [23:0] mem_rdata$3;
    
    // Constant declarations
    localparam  lane_id$0 = 9'b0;
    localparam  lane_id$1 = 9'b1;
    localparam  lane_id$2 = 9'b10;
    localparam  lane_id$3 = 9'b11;
    localparam  ninv_kem = 24'hce7;
    localparam  ninv_dsa = 24'h7f6021;
    localparam  zninv_kem = 24'h674;
    localparam  zninv_dsa = 24'h7f299f;
    localparam  s_idle = 6'b0;
    localparam  s_run = 6'b111;
    localparam  s_drain = 6'b11001;
    localparam  s_sweep_all = 6'b11110;
    localparam  s_sweep_dst = 6'b101010;
    localparam  o_ntt = 6'b111;
    localparam  o_intt = 6'b11001;
    localparam  o_pwm = 6'b11110;
    localparam  o_add = 6'b101010;
    localparam  o_sub = 6'b101101;
    localparam  m_kem = 3'b0;
    localparam  m_dsa = 3'b111;
    
    // Stub signals
    reg  [8:0] ram_a$0$read_address;
    reg  ram_a$0$read_clock;
    wire  [23:0] ram_a$0$read_data;
    reg  [8:0] ram_a$0$write_address;
    reg  ram_a$0$write_clock;
    reg  [23:0] ram_a$0$write_data;
    reg  ram_a$0$write_enable;
    reg  [8:0] ram_a$1$read_address;
    reg  ram_a$1$read_clock;
    wire  [23:0] ram_a$1$read_data;
    reg  [8:0] ram_a$1$write_address;
    reg  ram_a$1$write_clock;
    reg  [23:0] ram_a$1$write_data;
    reg  ram_a$1$write_enable;
    reg  [8:0] ram_a$2$read_address;
    reg  ram_a$2$read_clock;
    wire  [23:0] ram_a$2$read_data;
    reg  [8:0] ram_a$2$write_address;
    reg  ram_a$2$write_clock;
    reg  [23:0] ram_a$2$write_data;
    reg  ram_a$2$write_enable;
    reg  [8:0] ram_a$3$read_address;
    reg  ram_a$3$read_clock;
    wire  [23:0] ram_a$3$read_data;
    reg  [8:0] ram_a$3$write_address;
    reg  ram_a$3$write_clock;
    reg  [23:0] ram_a$3$write_data;
    reg  ram_a$3$write_enable;
    reg  [8:0] ram_a$4$read_address;
    reg  ram_a$4$read_clock;
    wire  [23:0] ram_a$4$read_data;
    reg  [8:0] ram_a$4$write_address;
    reg  ram_a$4$write_clock;
    reg  [23:0] ram_a$4$write_data;
    reg  ram_a$4$write_enable;
    reg  [8:0] ram_a$5$read_address;
    reg  ram_a$5$read_clock;
    wire  [23:0] ram_a$5$read_data;
    reg  [8:0] ram_a$5$write_address;
    reg  ram_a$5$write_clock;
    reg  [23:0] ram_a$5$write_data;
    reg  ram_a$5$write_enable;
    reg  [8:0] ram_a$6$read_address;
    reg  ram_a$6$read_clock;
    wire  [23:0] ram_a$6$read_data;
    reg  [8:0] ram_a$6$write_address;
    reg  ram_a$6$write_clock;
    reg  [23:0] ram_a$6$write_data;
    reg  ram_a$6$write_enable;
    reg  [8:0] ram_a$7$read_address;
    reg  ram_a$7$read_clock;
    wire  [23:0] ram_a$7$read_data;
    reg  [8:0] ram_a$7$write_address;
    reg  ram_a$7$write_clock;
    reg  [23:0] ram_a$7$write_data;
    reg  ram_a$7$write_enable;
    reg  [8:0] ram_b$0$read_address;
    reg  ram_b$0$read_clock;
    wire  [23:0] ram_b$0$read_data;
    reg  [8:0] ram_b$0$write_address;
    reg  ram_b$0$write_clock;
    reg  [23:0] ram_b$0$write_data;
    reg  ram_b$0$write_enable;
    reg  [8:0] ram_b$1$read_address;
    reg  ram_b$1$read_clock;
    wire  [23:0] ram_b$1$read_data;
    reg  [8:0] ram_b$1$write_address;
    reg  ram_b$1$write_clock;
    reg  [23:0] ram_b$1$write_data;
    reg  ram_b$1$write_enable;
    reg  [8:0] ram_b$2$read_address;
    reg  ram_b$2$read_clock;
    wire  [23:0] ram_b$2$read_data;
    reg  [8:0] ram_b$2$write_address;
    reg  ram_b$2$write_clock;
    reg  [23:0] ram_b$2$write_data;
    reg  ram_b$2$write_enable;
    reg  [8:0] ram_b$3$read_address;
    reg  ram_b$3$read_clock;
    wire  [23:0] ram_b$3$read_data;
    reg  [8:0] ram_b$3$write_address;
    reg  ram_b$3$write_clock;
    reg  [23:0] ram_b$3$write_data;
    reg  ram_b$3$write_enable;
    reg  [8:0] ram_b$4$read_address;
    reg  ram_b$4$read_clock;
    wire  [23:0] ram_b$4$read_data;
    reg  [8:0] ram_b$4$write_address;
    reg  ram_b$4$write_clock;
    reg  [23:0] ram_b$4$write_data;
    reg  ram_b$4$write_enable;
    reg  [8:0] ram_b$5$read_address;
    reg  ram_b$5$read_clock;
    wire  [23:0] ram_b$5$read_data;
    reg  [8:0] ram_b$5$write_address;
    reg  ram_b$5$write_clock;
    reg  [23:0] ram_b$5$write_data;
    reg  ram_b$5$write_enable;
    reg  [8:0] ram_b$6$read_address;
    reg  ram_b$6$read_clock;
    wire  [23:0] ram_b$6$read_data;
    reg  [8:0] ram_b$6$write_address;
    reg  ram_b$6$write_clock;
    reg  [23:0] ram_b$6$write_data;
    reg  ram_b$6$write_enable;
    reg  [8:0] ram_b$7$read_address;
    reg  ram_b$7$read_clock;
    wire  [23:0] ram_b$7$read_data;
    reg  [8:0] ram_b$7$write_address;
    reg  ram_b$7$write_clock;
    reg  [23:0] ram_b$7$write_data;
    reg  ram_b$7$write_enable;
    reg  [8:0] rom$0$read_address;
    reg  rom$0$read_clock;
    wire  [23:0] rom$0$read_data;
    reg  [8:0] rom$0$write_address;
    reg  rom$0$write_clock;
    reg  [23:0] rom$0$write_data;
    reg  rom$0$write_enable;
    reg  [8:0] rom$1$read_address;
    reg  rom$1$read_clock;
    wire  [23:0] rom$1$read_data;
    reg  [8:0] rom$1$write_address;
    reg  rom$1$write_clock;
    reg  [23:0] rom$1$write_data;
    reg  rom$1$write_enable;
    reg  [8:0] rom$2$read_address;
    reg  rom$2$read_clock;
    wire  [23:0] rom$2$read_data;
    reg  [8:0] rom$2$write_address;
    reg  rom$2$write_clock;
    reg  [23:0] rom$2$write_data;
    reg  rom$2$write_enable;
    reg  [8:0] rom$3$read_address;
    reg  rom$3$read_clock;
    wire  [23:0] rom$3$read_data;
    reg  [8:0] rom$3$write_address;
    reg  rom$3$write_clock;
    reg  [23:0] rom$3$write_data;
    reg  rom$3$write_enable;
    reg  mul_a$0$clock;
    reg  mul_a$0$dsa;
    reg  [23:0] mul_a$0$a;
    reg  [23:0] mul_a$0$b;
    wire  [23:0] mul_a$0$r;
    reg  mul_a$1$clock;
    reg  mul_a$1$dsa;
    reg  [23:0] mul_a$1$a;
    reg  [23:0] mul_a$1$b;
    wire  [23:0] mul_a$1$r;
    reg  mul_a$2$clock;
    reg  mul_a$2$dsa;
    reg  [23:0] mul_a$2$a;
    reg  [23:0] mul_a$2$b;
    wire  [23:0] mul_a$2$r;
    reg  mul_a$3$clock;
    reg  mul_a$3$dsa;
    reg  [23:0] mul_a$3$a;
    reg  [23:0] mul_a$3$b;
    wire  [23:0] mul_a$3$r;
    reg  mul_b$0$clock;
    reg  mul_b$0$dsa;
    reg  [23:0] mul_b$0$a;
    reg  [23:0] mul_b$0$b;
    wire  [23:0] mul_b$0$r;
    reg  mul_b$1$clock;
    reg  mul_b$1$dsa;
    reg  [23:0] mul_b$1$a;
    reg  [23:0] mul_b$1$b;
    wire  [23:0] mul_b$1$r;
    reg  mul_b$2$clock;
    reg  mul_b$2$dsa;
    reg  [23:0] mul_b$2$a;
    reg  [23:0] mul_b$2$b;
    wire  [23:0] mul_b$2$r;
    reg  mul_b$3$clock;
    reg  mul_b$3$dsa;
    reg  [23:0] mul_b$3$a;
    reg  [23:0] mul_b$3$b;
    wire  [23:0] mul_b$3$r;
    reg  mul_c$0$clock;
    reg  mul_c$0$dsa;
    reg  [23:0] mul_c$0$a;
    reg  [23:0] mul_c$0$b;
    wire  [23:0] mul_c$0$r;
    reg  mul_c$1$clock;
    reg  mul_c$1$dsa;
    reg  [23:0] mul_c$1$a;
    reg  [23:0] mul_c$1$b;
    wire  [23:0] mul_c$1$r;
    reg  mul_c$2$clock;
    reg  mul_c$2$dsa;
    reg  [23:0] mul_c$2$a;
    reg  [23:0] mul_c$2$b;
    wire  [23:0] mul_c$2$r;
    reg  mul_c$3$clock;
    reg  mul_c$3$dsa;
    reg  [23:0] mul_c$3$a;
    reg  [23:0] mul_c$3$b;
    wire  [23:0] mul_c$3$r;
    reg  mul_d$0$clock;
    reg  mul_d$0$dsa;
    reg  [23:0] mul_d$0$a;
    reg  [23:0] mul_d$0$b;
    wire  [23:0] mul_d$0$r;
    reg  mul_d$1$clock;
    reg  mul_d$1$dsa;
    reg  [23:0] mul_d$1$a;
    reg  [23:0] mul_d$1$b;
    wire  [23:0] mul_d$1$r;
    reg  mul_d$2$clock;
    reg  mul_d$2$dsa;
    reg  [23:0] mul_d$2$a;
    reg  [23:0] mul_d$2$b;
    wire  [23:0] mul_d$2$r;
    reg  mul_d$3$clock;
    reg  mul_d$3$dsa;
    reg  [23:0] mul_d$3$a;
    reg  [23:0] mul_d$3$b;
    wire  [23:0] mul_d$3$r;
    reg  [5:0] fsm$d;
    wire  [5:0] fsm$q;
    reg  fsm$clock;
    reg  [5:0] opc$d;
    wire  [5:0] opc$q;
    reg  opc$clock;
    reg  [2:0] mode_r$d;
    wire  [2:0] mode_r$q;
    reg  mode_r$clock;
    reg  [3:0] src_a_r$d;
    wire  [3:0] src_a_r$q;
    reg  src_a_r$clock;
    reg  [3:0] src_b_r$d;
    wire  [3:0] src_b_r$q;
    reg  src_b_r$clock;
    reg  [3:0] dst_r$d;
    wire  [3:0] dst_r$q;
    reg  dst_r$clock;
    reg  [3:0] layer$d;
    wire  [3:0] layer$q;
    reg  layer$clock;
    reg  [6:0] cnt$d;
    wire  [6:0] cnt$q;
    reg  cnt$clock;
    reg  [8:0] sw$d;
    wire  [8:0] sw$q;
    reg  sw$clock;
    reg  [10:0] vp$d;
    wire  [10:0] vp$q;
    reg  vp$clock;
    reg  [42:0] red$d;
    wire  [42:0] red$q;
    reg  red$clock;
    reg  alarm$d;
    wire  alarm$q;
    reg  alarm$clock;
    reg  inv_last_d$d;
    wire  inv_last_d$q;
    reg  inv_last_d$clock;
    reg  first_d$d;
    wire  first_d$q;
    reg  first_d$clock;
    reg  host_rd$d;
    wire  host_rd$q;
    reg  host_rd$clock;
    reg  [7:0] host_b0$d;
    wire  [7:0] host_b0$q;
    reg  host_b0$clock;
    reg  [7:0] host_b1$d;
    wire  [7:0] host_b1$q;
    reg  host_b1$clock;
    reg  [7:0] host_b2$d;
    wire  [7:0] host_b2$q;
    reg  host_b2$clock;
    reg  [7:0] host_b3$d;
    wire  [7:0] host_b3$q;
    reg  host_b3$clock;
    reg  err$d;
    wire  err$q;
    reg  err$clock;
    reg  [3:0] code$d;
    wire  [3:0] code$q;
    reg  code$clock;
    reg  done_r$d;
    wire  done_r$q;
    reg  done_r$clock;
    reg  [8:0] jd$0$d;
    wire  [8:0] jd$0$q;
    reg  jd$0$clock;
    reg  [8:0] jd$1$d;
    wire  [8:0] jd$1$q;
    reg  jd$1$clock;
    reg  [8:0] jd$2$d;
    wire  [8:0] jd$2$q;
    reg  jd$2$clock;
    reg  [8:0] jd$3$d;
    wire  [8:0] jd$3$q;
    reg  jd$3$clock;
    reg  [8:0] jd$4$d;
    wire  [8:0] jd$4$q;
    reg  jd$4$clock;
    reg  [8:0] jd$5$d;
    wire  [8:0] jd$5$q;
    reg  jd$5$clock;
    reg  [8:0] jd$6$d;
    wire  [8:0] jd$6$q;
    reg  jd$6$clock;
    reg  [8:0] jd$7$d;
    wire  [8:0] jd$7$q;
    reg  jd$7$clock;
    reg  [8:0] jd$8$d;
    wire  [8:0] jd$8$q;
    reg  jd$8$clock;
    reg  [8:0] jd$9$d;
    wire  [8:0] jd$9$q;
    reg  jd$9$clock;
    reg  [8:0] jd$10$d;
    wire  [8:0] jd$10$q;
    reg  jd$10$clock;
    reg  [8:0] jd$11$d;
    wire  [8:0] jd$11$q;
    reg  jd$11$clock;
    reg  [8:0] jd$12$d;
    wire  [8:0] jd$12$q;
    reg  jd$12$clock;
    reg  [8:0] jd$13$d;
    wire  [8:0] jd$13$q;
    reg  jd$13$clock;
    reg  [8:0] jd$14$d;
    wire  [8:0] jd$14$q;
    reg  jd$14$clock;
    reg  [8:0] jd$15$d;
    wire  [8:0] jd$15$q;
    reg  jd$15$clock;
    reg  [8:0] jd$16$d;
    wire  [8:0] jd$16$q;
    reg  jd$16$clock;
    reg  [8:0] jd$17$d;
    wire  [8:0] jd$17$q;
    reg  jd$17$clock;
    reg  [8:0] jd$18$d;
    wire  [8:0] jd$18$q;
    reg  jd$18$clock;
    reg  [8:0] jd$19$d;
    wire  [8:0] jd$19$q;
    reg  jd$19$clock;
    reg  [8:0] jd$20$d;
    wire  [8:0] jd$20$q;
    reg  jd$20$clock;
    reg  [8:0] jd$21$d;
    wire  [8:0] jd$21$q;
    reg  jd$21$clock;
    reg  [8:0] jd$22$d;
    wire  [8:0] jd$22$q;
    reg  jd$22$clock;
    reg  [8:0] jd$23$d;
    wire  [8:0] jd$23$q;
    reg  jd$23$clock;
    reg  [8:0] jd$24$d;
    wire  [8:0] jd$24$q;
    reg  jd$24$clock;
    reg  [8:0] jd$25$d;
    wire  [8:0] jd$25$q;
    reg  jd$25$clock;
    reg  [8:0] jd$26$d;
    wire  [8:0] jd$26$q;
    reg  jd$26$clock;
    reg  [8:0] jd$27$d;
    wire  [8:0] jd$27$q;
    reg  jd$27$clock;
    reg  [8:0] jd$28$d;
    wire  [8:0] jd$28$q;
    reg  jd$28$clock;
    reg  [8:0] jd$29$d;
    wire  [8:0] jd$29$q;
    reg  jd$29$clock;
    reg  [8:0] jd$30$d;
    wire  [8:0] jd$30$q;
    reg  jd$30$clock;
    reg  [8:0] jd$31$d;
    wire  [8:0] jd$31$q;
    reg  jd$31$clock;
    reg  [8:0] jd$32$d;
    wire  [8:0] jd$32$q;
    reg  jd$32$clock;
    reg  [8:0] jd$33$d;
    wire  [8:0] jd$33$q;
    reg  jd$33$clock;
    reg  [8:0] jd$34$d;
    wire  [8:0] jd$34$q;
    reg  jd$34$clock;
    reg  [8:0] jd$35$d;
    wire  [8:0] jd$35$q;
    reg  jd$35$clock;
    reg  [8:0] jd$36$d;
    wire  [8:0] jd$36$q;
    reg  jd$36$clock;
    reg  [8:0] jd$37$d;
    wire  [8:0] jd$37$q;
    reg  jd$37$clock;
    reg  [8:0] jd$38$d;
    wire  [8:0] jd$38$q;
    reg  jd$38$clock;
    reg  [8:0] jd$39$d;
    wire  [8:0] jd$39$q;
    reg  jd$39$clock;
    reg  [8:0] jd$40$d;
    wire  [8:0] jd$40$q;
    reg  jd$40$clock;
    reg  [8:0] jd$41$d;
    wire  [8:0] jd$41$q;
    reg  jd$41$clock;
    reg  [8:0] jd$42$d;
    wire  [8:0] jd$42$q;
    reg  jd$42$clock;
    reg  [8:0] jd$43$d;
    wire  [8:0] jd$43$q;
    reg  jd$43$clock;
    reg  [8:0] kd$0$d;
    wire  [8:0] kd$0$q;
    reg  kd$0$clock;
    reg  [8:0] kd$1$d;
    wire  [8:0] kd$1$q;
    reg  kd$1$clock;
    reg  [8:0] kd$2$d;
    wire  [8:0] kd$2$q;
    reg  kd$2$clock;
    reg  [8:0] kd$3$d;
    wire  [8:0] kd$3$q;
    reg  kd$3$clock;
    reg  [8:0] kd$4$d;
    wire  [8:0] kd$4$q;
    reg  kd$4$clock;
    reg  [8:0] kd$5$d;
    wire  [8:0] kd$5$q;
    reg  kd$5$clock;
    reg  [8:0] kd$6$d;
    wire  [8:0] kd$6$q;
    reg  kd$6$clock;
    reg  [8:0] kd$7$d;
    wire  [8:0] kd$7$q;
    reg  kd$7$clock;
    reg  [8:0] kd$8$d;
    wire  [8:0] kd$8$q;
    reg  kd$8$clock;
    reg  [8:0] kd$9$d;
    wire  [8:0] kd$9$q;
    reg  kd$9$clock;
    reg  [8:0] kd$10$d;
    wire  [8:0] kd$10$q;
    reg  kd$10$clock;
    reg  [8:0] kd$11$d;
    wire  [8:0] kd$11$q;
    reg  kd$11$clock;
    reg  [8:0] kd$12$d;
    wire  [8:0] kd$12$q;
    reg  kd$12$clock;
    reg  [8:0] kd$13$d;
    wire  [8:0] kd$13$q;
    reg  kd$13$clock;
    reg  [8:0] kd$14$d;
    wire  [8:0] kd$14$q;
    reg  kd$14$clock;
    reg  [8:0] kd$15$d;
    wire  [8:0] kd$15$q;
    reg  kd$15$clock;
    reg  [8:0] kd$16$d;
    wire  [8:0] kd$16$q;
    reg  kd$16$clock;
    reg  [8:0] kd$17$d;
    wire  [8:0] kd$17$q;
    reg  kd$17$clock;
    reg  [8:0] kd$18$d;
    wire  [8:0] kd$18$q;
    reg  kd$18$clock;
    reg  [8:0] kd$19$d;
    wire  [8:0] kd$19$q;
    reg  kd$19$clock;
    reg  [8:0] kd$20$d;
    wire  [8:0] kd$20$q;
    reg  kd$20$clock;
    reg  [8:0] kd$21$d;
    wire  [8:0] kd$21$q;
    reg  kd$21$clock;
    reg  [8:0] kd$22$d;
    wire  [8:0] kd$22$q;
    reg  kd$22$clock;
    reg  [8:0] kd$23$d;
    wire  [8:0] kd$23$q;
    reg  kd$23$clock;
    reg  [8:0] kd$24$d;
    wire  [8:0] kd$24$q;
    reg  kd$24$clock;
    reg  [8:0] kd$25$d;
    wire  [8:0] kd$25$q;
    reg  kd$25$clock;
    reg  [8:0] kd$26$d;
    wire  [8:0] kd$26$q;
    reg  kd$26$clock;
    reg  [8:0] kd$27$d;
    wire  [8:0] kd$27$q;
    reg  kd$27$clock;
    reg  [8:0] kd$28$d;
    wire  [8:0] kd$28$q;
    reg  kd$28$clock;
    reg  [8:0] kd$29$d;
    wire  [8:0] kd$29$q;
    reg  kd$29$clock;
    reg  [8:0] kd$30$d;
    wire  [8:0] kd$30$q;
    reg  kd$30$clock;
    reg  [8:0] kd$31$d;
    wire  [8:0] kd$31$q;
    reg  kd$31$clock;
    reg  [8:0] kd$32$d;
    wire  [8:0] kd$32$q;
    reg  kd$32$clock;
    reg  [8:0] kd$33$d;
    wire  [8:0] kd$33$q;
    reg  kd$33$clock;
    reg  [8:0] kd$34$d;
    wire  [8:0] kd$34$q;
    reg  kd$34$clock;
    reg  [8:0] kd$35$d;
    wire  [8:0] kd$35$q;
    reg  kd$35$clock;
    reg  [8:0] kd$36$d;
    wire  [8:0] kd$36$q;
    reg  kd$36$clock;
    reg  [8:0] kd$37$d;
    wire  [8:0] kd$37$q;
    reg  kd$37$clock;
    reg  [8:0] kd$38$d;
    wire  [8:0] kd$38$q;
    reg  kd$38$clock;
    reg  [8:0] kd$39$d;
    wire  [8:0] kd$39$q;
    reg  kd$39$clock;
    reg  [8:0] kd$40$d;
    wire  [8:0] kd$40$q;
    reg  kd$40$clock;
    reg  [8:0] kd$41$d;
    wire  [8:0] kd$41$q;
    reg  kd$41$clock;
    reg  [8:0] kd$42$d;
    wire  [8:0] kd$42$q;
    reg  kd$42$clock;
    reg  [8:0] kd$43$d;
    wire  [8:0] kd$43$q;
    reg  kd$43$clock;
    reg  [7:0] jbd$0$d;
    wire  [7:0] jbd$0$q;
    reg  jbd$0$clock;
    reg  [7:0] jbd$1$d;
    wire  [7:0] jbd$1$q;
    reg  jbd$1$clock;
    reg  [7:0] jbd$2$d;
    wire  [7:0] jbd$2$q;
    reg  jbd$2$clock;
    reg  [7:0] jbd$3$d;
    wire  [7:0] jbd$3$q;
    reg  jbd$3$clock;
    reg  [7:0] kbd$0$d;
    wire  [7:0] kbd$0$q;
    reg  kbd$0$clock;
    reg  [7:0] kbd$1$d;
    wire  [7:0] kbd$1$q;
    reg  kbd$1$clock;
    reg  [7:0] kbd$2$d;
    wire  [7:0] kbd$2$q;
    reg  kbd$2$clock;
    reg  [7:0] kbd$3$d;
    wire  [7:0] kbd$3$q;
    reg  kbd$3$clock;
    reg  [23:0] gd$0$d;
    wire  [23:0] gd$0$q;
    reg  gd$0$clock;
    reg  [23:0] gd$1$d;
    wire  [23:0] gd$1$q;
    reg  gd$1$clock;
    reg  [23:0] gd$2$d;
    wire  [23:0] gd$2$q;
    reg  gd$2$clock;
    reg  [23:0] gd$3$d;
    wire  [23:0] gd$3$q;
    reg  gd$3$clock;
    reg  [23:0] gd$4$d;
    wire  [23:0] gd$4$q;
    reg  gd$4$clock;
    reg  [23:0] gd$5$d;
    wire  [23:0] gd$5$q;
    reg  gd$5$clock;
    reg  [23:0] gd$6$d;
    wire  [23:0] gd$6$q;
    reg  gd$6$clock;
    reg  [23:0] gd$7$d;
    wire  [23:0] gd$7$q;
    reg  gd$7$clock;
    reg  [23:0] gd$8$d;
    wire  [23:0] gd$8$q;
    reg  gd$8$clock;
    reg  [23:0] gd$9$d;
    wire  [23:0] gd$9$q;
    reg  gd$9$clock;
    reg  [23:0] gd$10$d;
    wire  [23:0] gd$10$q;
    reg  gd$10$clock;
    reg  [23:0] gd$11$d;
    wire  [23:0] gd$11$q;
    reg  gd$11$clock;
    reg  [23:0] gd$12$d;
    wire  [23:0] gd$12$q;
    reg  gd$12$clock;
    reg  [23:0] gd$13$d;
    wire  [23:0] gd$13$q;
    reg  gd$13$clock;
    reg  [23:0] gd$14$d;
    wire  [23:0] gd$14$q;
    reg  gd$14$clock;
    reg  [23:0] gd$15$d;
    wire  [23:0] gd$15$q;
    reg  gd$15$clock;
    reg  [23:0] gd$16$d;
    wire  [23:0] gd$16$q;
    reg  gd$16$clock;
    reg  [23:0] gd$17$d;
    wire  [23:0] gd$17$q;
    reg  gd$17$clock;
    reg  [23:0] gd$18$d;
    wire  [23:0] gd$18$q;
    reg  gd$18$clock;
    reg  [23:0] gd$19$d;
    wire  [23:0] gd$19$q;
    reg  gd$19$clock;
    reg  [23:0] x1d$0$d;
    wire  [23:0] x1d$0$q;
    reg  x1d$0$clock;
    reg  [23:0] x1d$1$d;
    wire  [23:0] x1d$1$q;
    reg  x1d$1$clock;
    reg  [23:0] x1d$2$d;
    wire  [23:0] x1d$2$q;
    reg  x1d$2$clock;
    reg  [23:0] x1d$3$d;
    wire  [23:0] x1d$3$q;
    reg  x1d$3$clock;
    reg  [23:0] x1d$4$d;
    wire  [23:0] x1d$4$q;
    reg  x1d$4$clock;
    reg  [23:0] x1d$5$d;
    wire  [23:0] x1d$5$q;
    reg  x1d$5$clock;
    reg  [23:0] x1d$6$d;
    wire  [23:0] x1d$6$q;
    reg  x1d$6$clock;
    reg  [23:0] x1d$7$d;
    wire  [23:0] x1d$7$q;
    reg  x1d$7$clock;
    reg  [23:0] x1d$8$d;
    wire  [23:0] x1d$8$q;
    reg  x1d$8$clock;
    reg  [23:0] x1d$9$d;
    wire  [23:0] x1d$9$q;
    reg  x1d$9$clock;
    reg  [23:0] x1d$10$d;
    wire  [23:0] x1d$10$q;
    reg  x1d$10$clock;
    reg  [23:0] x1d$11$d;
    wire  [23:0] x1d$11$q;
    reg  x1d$11$clock;
    reg  [23:0] x1d$12$d;
    wire  [23:0] x1d$12$q;
    reg  x1d$12$clock;
    reg  [23:0] x1d$13$d;
    wire  [23:0] x1d$13$q;
    reg  x1d$13$clock;
    reg  [23:0] x1d$14$d;
    wire  [23:0] x1d$14$q;
    reg  x1d$14$clock;
    reg  [23:0] x1d$15$d;
    wire  [23:0] x1d$15$q;
    reg  x1d$15$clock;
    reg  [23:0] x1d$16$d;
    wire  [23:0] x1d$16$q;
    reg  x1d$16$clock;
    reg  [23:0] x1d$17$d;
    wire  [23:0] x1d$17$q;
    reg  x1d$17$clock;
    reg  [23:0] x1d$18$d;
    wire  [23:0] x1d$18$q;
    reg  x1d$18$clock;
    reg  [23:0] x1d$19$d;
    wire  [23:0] x1d$19$q;
    reg  x1d$19$clock;
    reg  [23:0] y1d$0$d;
    wire  [23:0] y1d$0$q;
    reg  y1d$0$clock;
    reg  [23:0] y1d$1$d;
    wire  [23:0] y1d$1$q;
    reg  y1d$1$clock;
    reg  [23:0] y1d$2$d;
    wire  [23:0] y1d$2$q;
    reg  y1d$2$clock;
    reg  [23:0] y1d$3$d;
    wire  [23:0] y1d$3$q;
    reg  y1d$3$clock;
    reg  [23:0] y1d$4$d;
    wire  [23:0] y1d$4$q;
    reg  y1d$4$clock;
    reg  [23:0] y1d$5$d;
    wire  [23:0] y1d$5$q;
    reg  y1d$5$clock;
    reg  [23:0] y1d$6$d;
    wire  [23:0] y1d$6$q;
    reg  y1d$6$clock;
    reg  [23:0] y1d$7$d;
    wire  [23:0] y1d$7$q;
    reg  y1d$7$clock;
    reg  [23:0] y1d$8$d;
    wire  [23:0] y1d$8$q;
    reg  y1d$8$clock;
    reg  [23:0] y1d$9$d;
    wire  [23:0] y1d$9$q;
    reg  y1d$9$clock;
    reg  [23:0] y1d$10$d;
    wire  [23:0] y1d$10$q;
    reg  y1d$10$clock;
    reg  [23:0] y1d$11$d;
    wire  [23:0] y1d$11$q;
    reg  y1d$11$clock;
    reg  [23:0] y1d$12$d;
    wire  [23:0] y1d$12$q;
    reg  y1d$12$clock;
    reg  [23:0] y1d$13$d;
    wire  [23:0] y1d$13$q;
    reg  y1d$13$clock;
    reg  [23:0] y1d$14$d;
    wire  [23:0] y1d$14$q;
    reg  y1d$14$clock;
    reg  [23:0] y1d$15$d;
    wire  [23:0] y1d$15$q;
    reg  y1d$15$clock;
    reg  [23:0] y1d$16$d;
    wire  [23:0] y1d$16$q;
    reg  y1d$16$clock;
    reg  [23:0] y1d$17$d;
    wire  [23:0] y1d$17$q;
    reg  y1d$17$clock;
    reg  [23:0] y1d$18$d;
    wire  [23:0] y1d$18$q;
    reg  y1d$18$clock;
    reg  [23:0] y1d$19$d;
    wire  [23:0] y1d$19$q;
    reg  y1d$19$clock;
    
    // Local signals
    reg  f_fwd;
    reg  f_inv;
    reg  f_pwm;
    reg  f_add;
    reg  f_sub;
    reg  f_bin;
    reg  dsa;
    reg  [3:0] first_layer;
    reg  [3:0] last_layer;
    reg  fsm_ok;
    reg  opc_ok;
    reg  mode_ok;
    reg  [42:0] pack_q;
    reg  fault;
    reg  wipe;
    reg  active;
    reg  sweeping;
    reg  hold_zero;
    reg  host_ok;
    reg  [8:0] swaddr;
    reg  [23:0] qm;
    reg  [23:0] qin;
    reg  op_ok;
    reg  issue;
    reg  abort;
    reg  bad_w;
    reg  pending;
    reg  d2;
    reg  inv_last;
    reg  idle;
    reg  [3:0] sh;
    reg  [8:0] lenm;
    reg  [8:0] lenb;
    reg  [8:0] rd_slot_a;
    reg  [8:0] rd_slot_b;
    reg  [8:0] wr_slot;
    reg  start_bad_slot;
    reg  host_acc;
    reg  host_act$0;
    reg  host_act$1;
    reg  host_act$2;
    reg  host_act$3;
    reg  [3:0] host_slot$0;
    reg  [3:0] host_slot$1;
    reg  [3:0] host_slot$2;
    reg  [3:0] host_slot$3;
    reg  [8:0] host_x$0;
    reg  [8:0] host_x$1;
    reg  [8:0] host_x$2;
    reg  [8:0] host_x$3;
    reg  [7:0] host_oh$0;
    reg  [7:0] host_oh$1;
    reg  [7:0] host_oh$2;
    reg  [7:0] host_oh$3;
    reg  [8:0] host_row$0;
    reg  [8:0] host_row$1;
    reg  [8:0] host_row$2;
    reg  [8:0] host_row$3;
    reg  host_bad_slot;
    reg  host_conflict;
    reg  host_go;
    reg  bank_we$0;
    reg  bank_we$1;
    reg  bank_we$2;
    reg  bank_we$3;
    reg  bank_we$4;
    reg  bank_we$5;
    reg  bank_we$6;
    reg  bank_we$7;
    reg  [8:0] bank_waddr$0;
    reg  [8:0] bank_waddr$1;
    reg  [8:0] bank_waddr$2;
    reg  [8:0] bank_waddr$3;
    reg  [8:0] bank_waddr$4;
    reg  [8:0] bank_waddr$5;
    reg  [8:0] bank_waddr$6;
    reg  [8:0] bank_waddr$7;
    reg  [23:0] bank_wdata$0;
    reg  [23:0] bank_wdata$1;
    reg  [23:0] bank_wdata$2;
    reg  [23:0] bank_wdata$3;
    reg  [23:0] bank_wdata$4;
    reg  [23:0] bank_wdata$5;
    reg  [23:0] bank_wdata$6;
    reg  [23:0] bank_wdata$7;
    reg  [8:0] bank_raddr$0;
    reg  [8:0] bank_raddr$1;
    reg  [8:0] bank_raddr$2;
    reg  [8:0] bank_raddr$3;
    reg  [8:0] bank_raddr$4;
    reg  [8:0] bank_raddr$5;
    reg  [8:0] bank_raddr$6;
    reg  [8:0] bank_raddr$7;
    reg  [8:0] bidx$0;
    reg  [8:0] bidx$1;
    reg  [8:0] bidx$2;
    reg  [8:0] bidx$3;
    reg  [8:0] blk$0;
    reg  [8:0] blk$1;
    reg  [8:0] blk$2;
    reg  [8:0] blk$3;
    reg  [8:0] j$0;
    reg  [8:0] j$1;
    reg  [8:0] j$2;
    reg  [8:0] j$3;
    reg  [8:0] k$0;
    reg  [8:0] k$1;
    reg  [8:0] k$2;
    reg  [8:0] k$3;
    reg  [7:0] jb_oh$0;
    reg  [7:0] jb_oh$1;
    reg  [7:0] jb_oh$2;
    reg  [7:0] jb_oh$3;
    reg  [7:0] kb_oh$0;
    reg  [7:0] kb_oh$1;
    reg  [7:0] kb_oh$2;
    reg  [7:0] kb_oh$3;
    reg  [8:0] twi$0;
    reg  [8:0] twi$1;
    reg  [8:0] twi$2;
    reg  [8:0] twi$3;
    reg  [23:0] tw$0;
    reg  [23:0] tw$1;
    reg  [23:0] tw$2;
    reg  [23:0] tw$3;
    reg  [23:0] a0$0;
    reg  [23:0] a0$1;
    reg  [23:0] a0$2;
    reg  [23:0] a0$3;
    reg  [23:0] a1$0;
    reg  [23:0] a1$1;
    reg  [23:0] a1$2;
    reg  [23:0] a1$3;
    reg  [23:0] b0$0;
    reg  [23:0] b0$1;
    reg  [23:0] b0$2;
    reg  [23:0] b0$3;
    reg  [23:0] b1$0;
    reg  [23:0] b1$1;
    reg  [23:0] b1$2;
    reg  [23:0] b1$3;
    reg  [23:0] p1y$0;
    reg  [23:0] p1y$1;
    reg  [23:0] p1y$2;
    reg  [23:0] p1y$3;
    reg  p1s$0;
    reg  p1s$1;
    reg  p1s$2;
    reg  p1s$3;
    reg  [23:0] p2x$0;
    reg  [23:0] p2x$1;
    reg  [23:0] p2x$2;
    reg  [23:0] p2x$3;
    reg  [23:0] p2y$0;
    reg  [23:0] p2y$1;
    reg  [23:0] p2y$2;
    reg  [23:0] p2y$3;
    reg  p2s$0;
    reg  p2s$1;
    reg  p2s$2;
    reg  p2s$3;
    reg  [23:0] pre1$0;
    reg  [23:0] pre1$1;
    reg  [23:0] pre1$2;
    reg  [23:0] pre1$3;
    reg  [23:0] pre2$0;
    reg  [23:0] pre2$1;
    reg  [23:0] pre2$2;
    reg  [23:0] pre2$3;
    reg  [23:0] padd$0;
    reg  [23:0] padd$1;
    reg  [23:0] padd$2;
    reg  [23:0] padd$3;
    reg  [23:0] psub$0;
    reg  [23:0] psub$1;
    reg  [23:0] psub$2;
    reg  [23:0] psub$3;
    reg  [23:0] t1$0;
    reg  [23:0] t1$1;
    reg  [23:0] t1$2;
    reg  [23:0] t1$3;
    reg  [23:0] y1$0;
    reg  [23:0] y1$1;
    reg  [23:0] y1$2;
    reg  [23:0] y1$3;
    reg  [23:0] c0$0;
    reg  [23:0] c0$1;
    reg  [23:0] c0$2;
    reg  [23:0] c0$3;
    reg  [8:0] wa$0;
    reg  [8:0] wa$1;
    reg  [8:0] wa$2;
    reg  [8:0] wa$3;
    reg  [8:0] wbk$0;
    reg  [8:0] wbk$1;
    reg  [8:0] wbk$2;
    reg  [8:0] wbk$3;
    reg  we$0;
    reg  we$1;
    reg  we$2;
    reg  we$3;
    reg  [23:0] wx$0;
    reg  [23:0] wx$1;
    reg  [23:0] wx$2;
    reg  [23:0] wx$3;
    reg  [23:0] wy$0;
    reg  [23:0] wy$1;
    reg  [23:0] wy$2;
    reg  [23:0] wy$3;
    reg  [7:0] wa_oh$0;
    reg  [7:0] wa_oh$1;
    reg  [7:0] wa_oh$2;
    reg  [7:0] wa_oh$3;
    reg  [7:0] wb_oh$0;
    reg  [7:0] wb_oh$1;
    reg  [7:0] wb_oh$2;
    reg  [7:0] wb_oh$3;
    
    // Sub module instances
    mlkem_engine$mem$ram_a$0 ram_a$0(
        .read_address(ram_a$0$read_address),
        .read_clock(ram_a$0$read_clock),
        .read_data(ram_a$0$read_data),
        .write_address(ram_a$0$write_address),
        .write_clock(ram_a$0$write_clock),
        .write_data(ram_a$0$write_data),
        .write_enable(ram_a$0$write_enable)
    );
    mlkem_engine$mem$ram_a$1 ram_a$1(
        .read_address(ram_a$1$read_address),
        .read_clock(ram_a$1$read_clock),
        .read_data(ram_a$1$read_data),
        .write_address(ram_a$1$write_address),
        .write_clock(ram_a$1$write_clock),
        .write_data(ram_a$1$write_data),
        .write_enable(ram_a$1$write_enable)
    );
    mlkem_engine$mem$ram_a$2 ram_a$2(
        .read_address(ram_a$2$read_address),
        .read_clock(ram_a$2$read_clock),
        .read_data(ram_a$2$read_data),
        .write_address(ram_a$2$write_address),
        .write_clock(ram_a$2$write_clock),
        .write_data(ram_a$2$write_data),
        .write_enable(ram_a$2$write_enable)
    );
    mlkem_engine$mem$ram_a$3 ram_a$3(
        .read_address(ram_a$3$read_address),
        .read_clock(ram_a$3$read_clock),
        .read_data(ram_a$3$read_data),
        .write_address(ram_a$3$write_address),
        .write_clock(ram_a$3$write_clock),
        .write_data(ram_a$3$write_data),
        .write_enable(ram_a$3$write_enable)
    );
    mlkem_engine$mem$ram_a$4 ram_a$4(
        .read_address(ram_a$4$read_address),
        .read_clock(ram_a$4$read_clock),
        .read_data(ram_a$4$read_data),
        .write_address(ram_a$4$write_address),
        .write_clock(ram_a$4$write_clock),
        .write_data(ram_a$4$write_data),
        .write_enable(ram_a$4$write_enable)
    );
    mlkem_engine$mem$ram_a$5 ram_a$5(
        .read_address(ram_a$5$read_address),
        .read_clock(ram_a$5$read_clock),
        .read_data(ram_a$5$read_data),
        .write_address(ram_a$5$write_address),
        .write_clock(ram_a$5$write_clock),
        .write_data(ram_a$5$write_data),
        .write_enable(ram_a$5$write_enable)
    );
    mlkem_engine$mem$ram_a$6 ram_a$6(
        .read_address(ram_a$6$read_address),
        .read_clock(ram_a$6$read_clock),
        .read_data(ram_a$6$read_data),
        .write_address(ram_a$6$write_address),
        .write_clock(ram_a$6$write_clock),
        .write_data(ram_a$6$write_data),
        .write_enable(ram_a$6$write_enable)
    );
    mlkem_engine$mem$ram_a$7 ram_a$7(
        .read_address(ram_a$7$read_address),
        .read_clock(ram_a$7$read_clock),
        .read_data(ram_a$7$read_data),
        .write_address(ram_a$7$write_address),
        .write_clock(ram_a$7$write_clock),
        .write_data(ram_a$7$write_data),
        .write_enable(ram_a$7$write_enable)
    );
    mlkem_engine$mem$ram_b$0 ram_b$0(
        .read_address(ram_b$0$read_address),
        .read_clock(ram_b$0$read_clock),
        .read_data(ram_b$0$read_data),
        .write_address(ram_b$0$write_address),
        .write_clock(ram_b$0$write_clock),
        .write_data(ram_b$0$write_data),
        .write_enable(ram_b$0$write_enable)
    );
    mlkem_engine$mem$ram_b$1 ram_b$1(
        .read_address(ram_b$1$read_address),
        .read_clock(ram_b$1$read_clock),
        .read_data(ram_b$1$read_data),
        .write_address(ram_b$1$write_address),
        .write_clock(ram_b$1$write_clock),
        .write_data(ram_b$1$write_data),
        .write_enable(ram_b$1$write_enable)
    );
    mlkem_engine$mem$ram_b$2 ram_b$2(
        .read_address(ram_b$2$read_address),
        .read_clock(ram_b$2$read_clock),
        .read_data(ram_b$2$read_data),
        .write_address(ram_b$2$write_address),
        .write_clock(ram_b$2$write_clock),
        .write_data(ram_b$2$write_data),
        .write_enable(ram_b$2$write_enable)
    );
    mlkem_engine$mem$ram_b$3 ram_b$3(
        .read_address(ram_b$3$read_address),
        .read_clock(ram_b$3$read_clock),
        .read_data(ram_b$3$read_data),
        .write_address(ram_b$3$write_address),
        .write_clock(ram_b$3$write_clock),
        .write_data(ram_b$3$write_data),
        .write_enable(ram_b$3$write_enable)
    );
    mlkem_engine$mem$ram_b$4 ram_b$4(
        .read_address(ram_b$4$read_address),
        .read_clock(ram_b$4$read_clock),
        .read_data(ram_b$4$read_data),
        .write_address(ram_b$4$write_address),
        .write_clock(ram_b$4$write_clock),
        .write_data(ram_b$4$write_data),
        .write_enable(ram_b$4$write_enable)
    );
    mlkem_engine$mem$ram_b$5 ram_b$5(
        .read_address(ram_b$5$read_address),
        .read_clock(ram_b$5$read_clock),
        .read_data(ram_b$5$read_data),
        .write_address(ram_b$5$write_address),
        .write_clock(ram_b$5$write_clock),
        .write_data(ram_b$5$write_data),
        .write_enable(ram_b$5$write_enable)
    );
    mlkem_engine$mem$ram_b$6 ram_b$6(
        .read_address(ram_b$6$read_address),
        .read_clock(ram_b$6$read_clock),
        .read_data(ram_b$6$read_data),
        .write_address(ram_b$6$write_address),
        .write_clock(ram_b$6$write_clock),
        .write_data(ram_b$6$write_data),
        .write_enable(ram_b$6$write_enable)
    );
    mlkem_engine$mem$ram_b$7 ram_b$7(
        .read_address(ram_b$7$read_address),
        .read_clock(ram_b$7$read_clock),
        .read_data(ram_b$7$read_data),
        .write_address(ram_b$7$write_address),
        .write_clock(ram_b$7$write_clock),
        .write_data(ram_b$7$write_data),
        .write_enable(ram_b$7$write_enable)
    );
    mlkem_engine$mem$rom$0 rom$0(
        .read_address(rom$0$read_address),
        .read_clock(rom$0$read_clock),
        .read_data(rom$0$read_data),
        .write_address(rom$0$write_address),
        .write_clock(rom$0$write_clock),
        .write_data(rom$0$write_data),
        .write_enable(rom$0$write_enable)
    );
    mlkem_engine$mem$rom$1 rom$1(
        .read_address(rom$1$read_address),
        .read_clock(rom$1$read_clock),
        .read_data(rom$1$read_data),
        .write_address(rom$1$write_address),
        .write_clock(rom$1$write_clock),
        .write_data(rom$1$write_data),
        .write_enable(rom$1$write_enable)
    );
    mlkem_engine$mem$rom$2 rom$2(
        .read_address(rom$2$read_address),
        .read_clock(rom$2$read_clock),
        .read_data(rom$2$read_data),
        .write_address(rom$2$write_address),
        .write_clock(rom$2$write_clock),
        .write_data(rom$2$write_data),
        .write_enable(rom$2$write_enable)
    );
    mlkem_engine$mem$rom$3 rom$3(
        .read_address(rom$3$read_address),
        .read_clock(rom$3$read_clock),
        .read_data(rom$3$read_data),
        .write_address(rom$3$write_address),
        .write_clock(rom$3$write_clock),
        .write_data(rom$3$write_data),
        .write_enable(rom$3$write_enable)
    );
    mlkem_engine$mem$mul_a$0 mul_a$0(
        .clock(mul_a$0$clock),
        .dsa(mul_a$0$dsa),
        .a(mul_a$0$a),
        .b(mul_a$0$b),
        .r(mul_a$0$r)
    );
    mlkem_engine$mem$mul_a$1 mul_a$1(
        .clock(mul_a$1$clock),
        .dsa(mul_a$1$dsa),
        .a(mul_a$1$a),
        .b(mul_a$1$b),
        .r(mul_a$1$r)
    );
    mlkem_engine$mem$mul_a$2 mul_a$2(
        .clock(mul_a$2$clock),
        .dsa(mul_a$2$dsa),
        .a(mul_a$2$a),
        .b(mul_a$2$b),
        .r(mul_a$2$r)
    );
    mlkem_engine$mem$mul_a$3 mul_a$3(
        .clock(mul_a$3$clock),
        .dsa(mul_a$3$dsa),
        .a(mul_a$3$a),
        .b(mul_a$3$b),
        .r(mul_a$3$r)
    );
    mlkem_engine$mem$mul_b$0 mul_b$0(
        .clock(mul_b$0$clock),
        .dsa(mul_b$0$dsa),
        .a(mul_b$0$a),
        .b(mul_b$0$b),
        .r(mul_b$0$r)
    );
    mlkem_engine$mem$mul_b$1 mul_b$1(
        .clock(mul_b$1$clock),
        .dsa(mul_b$1$dsa),
        .a(mul_b$1$a),
        .b(mul_b$1$b),
        .r(mul_b$1$r)
    );
    mlkem_engine$mem$mul_b$2 mul_b$2(
        .clock(mul_b$2$clock),
        .dsa(mul_b$2$dsa),
        .a(mul_b$2$a),
        .b(mul_b$2$b),
        .r(mul_b$2$r)
    );
    mlkem_engine$mem$mul_b$3 mul_b$3(
        .clock(mul_b$3$clock),
        .dsa(mul_b$3$dsa),
        .a(mul_b$3$a),
        .b(mul_b$3$b),
        .r(mul_b$3$r)
    );
    mlkem_engine$mem$mul_c$0 mul_c$0(
        .clock(mul_c$0$clock),
        .dsa(mul_c$0$dsa),
        .a(mul_c$0$a),
        .b(mul_c$0$b),
        .r(mul_c$0$r)
    );
    mlkem_engine$mem$mul_c$1 mul_c$1(
        .clock(mul_c$1$clock),
        .dsa(mul_c$1$dsa),
        .a(mul_c$1$a),
        .b(mul_c$1$b),
        .r(mul_c$1$r)
    );
    mlkem_engine$mem$mul_c$2 mul_c$2(
        .clock(mul_c$2$clock),
        .dsa(mul_c$2$dsa),
        .a(mul_c$2$a),
        .b(mul_c$2$b),
        .r(mul_c$2$r)
    );
    mlkem_engine$mem$mul_c$3 mul_c$3(
        .clock(mul_c$3$clock),
        .dsa(mul_c$3$dsa),
        .a(mul_c$3$a),
        .b(mul_c$3$b),
        .r(mul_c$3$r)
    );
    mlkem_engine$mem$mul_d$0 mul_d$0(
        .clock(mul_d$0$clock),
        .dsa(mul_d$0$dsa),
        .a(mul_d$0$a),
        .b(mul_d$0$b),
        .r(mul_d$0$r)
    );
    mlkem_engine$mem$mul_d$1 mul_d$1(
        .clock(mul_d$1$clock),
        .dsa(mul_d$1$dsa),
        .a(mul_d$1$a),
        .b(mul_d$1$b),
        .r(mul_d$1$r)
    );
    mlkem_engine$mem$mul_d$2 mul_d$2(
        .clock(mul_d$2$clock),
        .dsa(mul_d$2$dsa),
        .a(mul_d$2$a),
        .b(mul_d$2$b),
        .r(mul_d$2$r)
    );
    mlkem_engine$mem$mul_d$3 mul_d$3(
        .clock(mul_d$3$clock),
        .dsa(mul_d$3$dsa),
        .a(mul_d$3$a),
        .b(mul_d$3$b),
        .r(mul_d$3$r)
    );
    mlkem_engine$mem$fsm fsm(
        .d(fsm$d),
        .q(fsm$q),
        .clock(fsm$clock)
    );
    mlkem_engine$mem$opc opc(
        .d(opc$d),
        .q(opc$q),
        .clock(opc$clock)
    );
    mlkem_engine$mem$mode_r mode_r(
        .d(mode_r$d),
        .q(mode_r$q),
        .clock(mode_r$clock)
    );
    mlkem_engine$mem$src_a_r src_a_r(
        .d(src_a_r$d),
        .q(src_a_r$q),
        .clock(src_a_r$clock)
    );
    mlkem_engine$mem$src_b_r src_b_r(
        .d(src_b_r$d),
        .q(src_b_r$q),
        .clock(src_b_r$clock)
    );
    mlkem_engine$mem$dst_r dst_r(
        .d(dst_r$d),
        .q(dst_r$q),
        .clock(dst_r$clock)
    );
    mlkem_engine$mem$layer layer(
        .d(layer$d),
        .q(layer$q),
        .clock(layer$clock)
    );
    mlkem_engine$mem$cnt cnt(
        .d(cnt$d),
        .q(cnt$q),
        .clock(cnt$clock)
    );
    mlkem_engine$mem$sw sw(
        .d(sw$d),
        .q(sw$q),
        .clock(sw$clock)
    );
    mlkem_engine$mem$vp vp(
        .d(vp$d),
        .q(vp$q),
        .clock(vp$clock)
    );
    mlkem_engine$mem$red red(
        .d(red$d),
        .q(red$q),
        .clock(red$clock)
    );
    mlkem_engine$mem$alarm alarm(
        .d(alarm$d),
        .q(alarm$q),
        .clock(alarm$clock)
    );
    mlkem_engine$mem$inv_last_d inv_last_d(
        .d(inv_last_d$d),
        .q(inv_last_d$q),
        .clock(inv_last_d$clock)
    );
    mlkem_engine$mem$first_d first_d(
        .d(first_d$d),
        .q(first_d$q),
        .clock(first_d$clock)
    );
    mlkem_engine$mem$host_rd host_rd(
        .d(host_rd$d),
        .q(host_rd$q),
        .clock(host_rd$clock)
    );
    mlkem_engine$mem$host_b0 host_b0(
        .d(host_b0$d),
        .q(host_b0$q),
        .clock(host_b0$clock)
    );
    mlkem_engine$mem$host_b1 host_b1(
        .d(host_b1$d),
        .q(host_b1$q),
        .clock(host_b1$clock)
    );
    mlkem_engine$mem$host_b2 host_b2(
        .d(host_b2$d),
        .q(host_b2$q),
        .clock(host_b2$clock)
    );
    mlkem_engine$mem$host_b3 host_b3(
        .d(host_b3$d),
        .q(host_b3$q),
        .clock(host_b3$clock)
    );
    mlkem_engine$mem$err err(
        .d(err$d),
        .q(err$q),
        .clock(err$clock)
    );
    mlkem_engine$mem$code code(
        .d(code$d),
        .q(code$q),
        .clock(code$clock)
    );
    mlkem_engine$mem$done_r done_r(
        .d(done_r$d),
        .q(done_r$q),
        .clock(done_r$clock)
    );
    mlkem_engine$mem$jd$0 jd$0(
        .d(jd$0$d),
        .q(jd$0$q),
        .clock(jd$0$clock)
    );
    mlkem_engine$mem$jd$1 jd$1(
        .d(jd$1$d),
        .q(jd$1$q),
        .clock(jd$1$clock)
    );
    mlkem_engine$mem$jd$2 jd$2(
        .d(jd$2$d),
        .q(jd$2$q),
        .clock(jd$2$clock)
    );
    mlkem_engine$mem$jd$3 jd$3(
        .d(jd$3$d),
        .q(jd$3$q),
        .clock(jd$3$clock)
    );
    mlkem_engine$mem$jd$4 jd$4(
        .d(jd$4$d),
        .q(jd$4$q),
        .clock(jd$4$clock)
    );
    mlkem_engine$mem$jd$5 jd$5(
        .d(jd$5$d),
        .q(jd$5$q),
        .clock(jd$5$clock)
    );
    mlkem_engine$mem$jd$6 jd$6(
        .d(jd$6$d),
        .q(jd$6$q),
        .clock(jd$6$clock)
    );
    mlkem_engine$mem$jd$7 jd$7(
        .d(jd$7$d),
        .q(jd$7$q),
        .clock(jd$7$clock)
    );
    mlkem_engine$mem$jd$8 jd$8(
        .d(jd$8$d),
        .q(jd$8$q),
        .clock(jd$8$clock)
    );
    mlkem_engine$mem$jd$9 jd$9(
        .d(jd$9$d),
        .q(jd$9$q),
        .clock(jd$9$clock)
    );
    mlkem_engine$mem$jd$10 jd$10(
        .d(jd$10$d),
        .q(jd$10$q),
        .clock(jd$10$clock)
    );
    mlkem_engine$mem$jd$11 jd$11(
        .d(jd$11$d),
        .q(jd$11$q),
        .clock(jd$11$clock)
    );
    mlkem_engine$mem$jd$12 jd$12(
        .d(jd$12$d),
        .q(jd$12$q),
        .clock(jd$12$clock)
    );
    mlkem_engine$mem$jd$13 jd$13(
        .d(jd$13$d),
        .q(jd$13$q),
        .clock(jd$13$clock)
    );
    mlkem_engine$mem$jd$14 jd$14(
        .d(jd$14$d),
        .q(jd$14$q),
        .clock(jd$14$clock)
    );
    mlkem_engine$mem$jd$15 jd$15(
        .d(jd$15$d),
        .q(jd$15$q),
        .clock(jd$15$clock)
    );
    mlkem_engine$mem$jd$16 jd$16(
        .d(jd$16$d),
        .q(jd$16$q),
        .clock(jd$16$clock)
    );
    mlkem_engine$mem$jd$17 jd$17(
        .d(jd$17$d),
        .q(jd$17$q),
        .clock(jd$17$clock)
    );
    mlkem_engine$mem$jd$18 jd$18(
        .d(jd$18$d),
        .q(jd$18$q),
        .clock(jd$18$clock)
    );
    mlkem_engine$mem$jd$19 jd$19(
        .d(jd$19$d),
        .q(jd$19$q),
        .clock(jd$19$clock)
    );
    mlkem_engine$mem$jd$20 jd$20(
        .d(jd$20$d),
        .q(jd$20$q),
        .clock(jd$20$clock)
    );
    mlkem_engine$mem$jd$21 jd$21(
        .d(jd$21$d),
        .q(jd$21$q),
        .clock(jd$21$clock)
    );
    mlkem_engine$mem$jd$22 jd$22(
        .d(jd$22$d),
        .q(jd$22$q),
        .clock(jd$22$clock)
    );
    mlkem_engine$mem$jd$23 jd$23(
        .d(jd$23$d),
        .q(jd$23$q),
        .clock(jd$23$clock)
    );
    mlkem_engine$mem$jd$24 jd$24(
        .d(jd$24$d),
        .q(jd$24$q),
        .clock(jd$24$clock)
    );
    mlkem_engine$mem$jd$25 jd$25(
        .d(jd$25$d),
        .q(jd$25$q),
        .clock(jd$25$clock)
    );
    mlkem_engine$mem$jd$26 jd$26(
        .d(jd$26$d),
        .q(jd$26$q),
        .clock(jd$26$clock)
    );
    mlkem_engine$mem$jd$27 jd$27(
        .d(jd$27$d),
        .q(jd$27$q),
        .clock(jd$27$clock)
    );
    mlkem_engine$mem$jd$28 jd$28(
        .d(jd$28$d),
        .q(jd$28$q),
        .clock(jd$28$clock)
    );
    mlkem_engine$mem$jd$29 jd$29(
        .d(jd$29$d),
        .q(jd$29$q),
        .clock(jd$29$clock)
    );
    mlkem_engine$mem$jd$30 jd$30(
        .d(jd$30$d),
        .q(jd$30$q),
        .clock(jd$30$clock)
    );
    mlkem_engine$mem$jd$31 jd$31(
        .d(jd$31$d),
        .q(jd$31$q),
        .clock(jd$31$clock)
    );
    mlkem_engine$mem$jd$32 jd$32(
        .d(jd$32$d),
        .q(jd$32$q),
        .clock(jd$32$clock)
    );
    mlkem_engine$mem$jd$33 jd$33(
        .d(jd$33$d),
        .q(jd$33$q),
        .clock(jd$33$clock)
    );
    mlkem_engine$mem$jd$34 jd$34(
        .d(jd$34$d),
        .q(jd$34$q),
        .clock(jd$34$clock)
    );
    mlkem_engine$mem$jd$35 jd$35(
        .d(jd$35$d),
        .q(jd$35$q),
        .clock(jd$35$clock)
    );
    mlkem_engine$mem$jd$36 jd$36(
        .d(jd$36$d),
        .q(jd$36$q),
        .clock(jd$36$clock)
    );
    mlkem_engine$mem$jd$37 jd$37(
        .d(jd$37$d),
        .q(jd$37$q),
        .clock(jd$37$clock)
    );
    mlkem_engine$mem$jd$38 jd$38(
        .d(jd$38$d),
        .q(jd$38$q),
        .clock(jd$38$clock)
    );
    mlkem_engine$mem$jd$39 jd$39(
        .d(jd$39$d),
        .q(jd$39$q),
        .clock(jd$39$clock)
    );
    mlkem_engine$mem$jd$40 jd$40(
        .d(jd$40$d),
        .q(jd$40$q),
        .clock(jd$40$clock)
    );
    mlkem_engine$mem$jd$41 jd$41(
        .d(jd$41$d),
        .q(jd$41$q),
        .clock(jd$41$clock)
    );
    mlkem_engine$mem$jd$42 jd$42(
        .d(jd$42$d),
        .q(jd$42$q),
        .clock(jd$42$clock)
    );
    mlkem_engine$mem$jd$43 jd$43(
        .d(jd$43$d),
        .q(jd$43$q),
        .clock(jd$43$clock)
    );
    mlkem_engine$mem$kd$0 kd$0(
        .d(kd$0$d),
        .q(kd$0$q),
        .clock(kd$0$clock)
    );
    mlkem_engine$mem$kd$1 kd$1(
        .d(kd$1$d),
        .q(kd$1$q),
        .clock(kd$1$clock)
    );
    mlkem_engine$mem$kd$2 kd$2(
        .d(kd$2$d),
        .q(kd$2$q),
        .clock(kd$2$clock)
    );
    mlkem_engine$mem$kd$3 kd$3(
        .d(kd$3$d),
        .q(kd$3$q),
        .clock(kd$3$clock)
    );
    mlkem_engine$mem$kd$4 kd$4(
        .d(kd$4$d),
        .q(kd$4$q),
        .clock(kd$4$clock)
    );
    mlkem_engine$mem$kd$5 kd$5(
        .d(kd$5$d),
        .q(kd$5$q),
        .clock(kd$5$clock)
    );
    mlkem_engine$mem$kd$6 kd$6(
        .d(kd$6$d),
        .q(kd$6$q),
        .clock(kd$6$clock)
    );
    mlkem_engine$mem$kd$7 kd$7(
        .d(kd$7$d),
        .q(kd$7$q),
        .clock(kd$7$clock)
    );
    mlkem_engine$mem$kd$8 kd$8(
        .d(kd$8$d),
        .q(kd$8$q),
        .clock(kd$8$clock)
    );
    mlkem_engine$mem$kd$9 kd$9(
        .d(kd$9$d),
        .q(kd$9$q),
        .clock(kd$9$clock)
    );
    mlkem_engine$mem$kd$10 kd$10(
        .d(kd$10$d),
        .q(kd$10$q),
        .clock(kd$10$clock)
    );
    mlkem_engine$mem$kd$11 kd$11(
        .d(kd$11$d),
        .q(kd$11$q),
        .clock(kd$11$clock)
    );
    mlkem_engine$mem$kd$12 kd$12(
        .d(kd$12$d),
        .q(kd$12$q),
        .clock(kd$12$clock)
    );
    mlkem_engine$mem$kd$13 kd$13(
        .d(kd$13$d),
        .q(kd$13$q),
        .clock(kd$13$clock)
    );
    mlkem_engine$mem$kd$14 kd$14(
        .d(kd$14$d),
        .q(kd$14$q),
        .clock(kd$14$clock)
    );
    mlkem_engine$mem$kd$15 kd$15(
        .d(kd$15$d),
        .q(kd$15$q),
        .clock(kd$15$clock)
    );
    mlkem_engine$mem$kd$16 kd$16(
        .d(kd$16$d),
        .q(kd$16$q),
        .clock(kd$16$clock)
    );
    mlkem_engine$mem$kd$17 kd$17(
        .d(kd$17$d),
        .q(kd$17$q),
        .clock(kd$17$clock)
    );
    mlkem_engine$mem$kd$18 kd$18(
        .d(kd$18$d),
        .q(kd$18$q),
        .clock(kd$18$clock)
    );
    mlkem_engine$mem$kd$19 kd$19(
        .d(kd$19$d),
        .q(kd$19$q),
        .clock(kd$19$clock)
    );
    mlkem_engine$mem$kd$20 kd$20(
        .d(kd$20$d),
        .q(kd$20$q),
        .clock(kd$20$clock)
    );
    mlkem_engine$mem$kd$21 kd$21(
        .d(kd$21$d),
        .q(kd$21$q),
        .clock(kd$21$clock)
    );
    mlkem_engine$mem$kd$22 kd$22(
        .d(kd$22$d),
        .q(kd$22$q),
        .clock(kd$22$clock)
    );
    mlkem_engine$mem$kd$23 kd$23(
        .d(kd$23$d),
        .q(kd$23$q),
        .clock(kd$23$clock)
    );
    mlkem_engine$mem$kd$24 kd$24(
        .d(kd$24$d),
        .q(kd$24$q),
        .clock(kd$24$clock)
    );
    mlkem_engine$mem$kd$25 kd$25(
        .d(kd$25$d),
        .q(kd$25$q),
        .clock(kd$25$clock)
    );
    mlkem_engine$mem$kd$26 kd$26(
        .d(kd$26$d),
        .q(kd$26$q),
        .clock(kd$26$clock)
    );
    mlkem_engine$mem$kd$27 kd$27(
        .d(kd$27$d),
        .q(kd$27$q),
        .clock(kd$27$clock)
    );
    mlkem_engine$mem$kd$28 kd$28(
        .d(kd$28$d),
        .q(kd$28$q),
        .clock(kd$28$clock)
    );
    mlkem_engine$mem$kd$29 kd$29(
        .d(kd$29$d),
        .q(kd$29$q),
        .clock(kd$29$clock)
    );
    mlkem_engine$mem$kd$30 kd$30(
        .d(kd$30$d),
        .q(kd$30$q),
        .clock(kd$30$clock)
    );
    mlkem_engine$mem$kd$31 kd$31(
        .d(kd$31$d),
        .q(kd$31$q),
        .clock(kd$31$clock)
    );
    mlkem_engine$mem$kd$32 kd$32(
        .d(kd$32$d),
        .q(kd$32$q),
        .clock(kd$32$clock)
    );
    mlkem_engine$mem$kd$33 kd$33(
        .d(kd$33$d),
        .q(kd$33$q),
        .clock(kd$33$clock)
    );
    mlkem_engine$mem$kd$34 kd$34(
        .d(kd$34$d),
        .q(kd$34$q),
        .clock(kd$34$clock)
    );
    mlkem_engine$mem$kd$35 kd$35(
        .d(kd$35$d),
        .q(kd$35$q),
        .clock(kd$35$clock)
    );
    mlkem_engine$mem$kd$36 kd$36(
        .d(kd$36$d),
        .q(kd$36$q),
        .clock(kd$36$clock)
    );
    mlkem_engine$mem$kd$37 kd$37(
        .d(kd$37$d),
        .q(kd$37$q),
        .clock(kd$37$clock)
    );
    mlkem_engine$mem$kd$38 kd$38(
        .d(kd$38$d),
        .q(kd$38$q),
        .clock(kd$38$clock)
    );
    mlkem_engine$mem$kd$39 kd$39(
        .d(kd$39$d),
        .q(kd$39$q),
        .clock(kd$39$clock)
    );
    mlkem_engine$mem$kd$40 kd$40(
        .d(kd$40$d),
        .q(kd$40$q),
        .clock(kd$40$clock)
    );
    mlkem_engine$mem$kd$41 kd$41(
        .d(kd$41$d),
        .q(kd$41$q),
        .clock(kd$41$clock)
    );
    mlkem_engine$mem$kd$42 kd$42(
        .d(kd$42$d),
        .q(kd$42$q),
        .clock(kd$42$clock)
    );
    mlkem_engine$mem$kd$43 kd$43(
        .d(kd$43$d),
        .q(kd$43$q),
        .clock(kd$43$clock)
    );
    mlkem_engine$mem$jbd$0 jbd$0(
        .d(jbd$0$d),
        .q(jbd$0$q),
        .clock(jbd$0$clock)
    );
    mlkem_engine$mem$jbd$1 jbd$1(
        .d(jbd$1$d),
        .q(jbd$1$q),
        .clock(jbd$1$clock)
    );
    mlkem_engine$mem$jbd$2 jbd$2(
        .d(jbd$2$d),
        .q(jbd$2$q),
        .clock(jbd$2$clock)
    );
    mlkem_engine$mem$jbd$3 jbd$3(
        .d(jbd$3$d),
        .q(jbd$3$q),
        .clock(jbd$3$clock)
    );
    mlkem_engine$mem$kbd$0 kbd$0(
        .d(kbd$0$d),
        .q(kbd$0$q),
        .clock(kbd$0$clock)
    );
    mlkem_engine$mem$kbd$1 kbd$1(
        .d(kbd$1$d),
        .q(kbd$1$q),
        .clock(kbd$1$clock)
    );
    mlkem_engine$mem$kbd$2 kbd$2(
        .d(kbd$2$d),
        .q(kbd$2$q),
        .clock(kbd$2$clock)
    );
    mlkem_engine$mem$kbd$3 kbd$3(
        .d(kbd$3$d),
        .q(kbd$3$q),
        .clock(kbd$3$clock)
    );
    mlkem_engine$mem$gd$0 gd$0(
        .d(gd$0$d),
        .q(gd$0$q),
        .clock(gd$0$clock)
    );
    mlkem_engine$mem$gd$1 gd$1(
        .d(gd$1$d),
        .q(gd$1$q),
        .clock(gd$1$clock)
    );
    mlkem_engine$mem$gd$2 gd$2(
        .d(gd$2$d),
        .q(gd$2$q),
        .clock(gd$2$clock)
    );
    mlkem_engine$mem$gd$3 gd$3(
        .d(gd$3$d),
        .q(gd$3$q),
        .clock(gd$3$clock)
    );
    mlkem_engine$mem$gd$4 gd$4(
        .d(gd$4$d),
        .q(gd$4$q),
        .clock(gd$4$clock)
    );
    mlkem_engine$mem$gd$5 gd$5(
        .d(gd$5$d),
        .q(gd$5$q),
        .clock(gd$5$clock)
    );
    mlkem_engine$mem$gd$6 gd$6(
        .d(gd$6$d),
        .q(gd$6$q),
        .clock(gd$6$clock)
    );
    mlkem_engine$mem$gd$7 gd$7(
        .d(gd$7$d),
        .q(gd$7$q),
        .clock(gd$7$clock)
    );
    mlkem_engine$mem$gd$8 gd$8(
        .d(gd$8$d),
        .q(gd$8$q),
        .clock(gd$8$clock)
    );
    mlkem_engine$mem$gd$9 gd$9(
        .d(gd$9$d),
        .q(gd$9$q),
        .clock(gd$9$clock)
    );
    mlkem_engine$mem$gd$10 gd$10(
        .d(gd$10$d),
        .q(gd$10$q),
        .clock(gd$10$clock)
    );
    mlkem_engine$mem$gd$11 gd$11(
        .d(gd$11$d),
        .q(gd$11$q),
        .clock(gd$11$clock)
    );
    mlkem_engine$mem$gd$12 gd$12(
        .d(gd$12$d),
        .q(gd$12$q),
        .clock(gd$12$clock)
    );
    mlkem_engine$mem$gd$13 gd$13(
        .d(gd$13$d),
        .q(gd$13$q),
        .clock(gd$13$clock)
    );
    mlkem_engine$mem$gd$14 gd$14(
        .d(gd$14$d),
        .q(gd$14$q),
        .clock(gd$14$clock)
    );
    mlkem_engine$mem$gd$15 gd$15(
        .d(gd$15$d),
        .q(gd$15$q),
        .clock(gd$15$clock)
    );
    mlkem_engine$mem$gd$16 gd$16(
        .d(gd$16$d),
        .q(gd$16$q),
        .clock(gd$16$clock)
    );
    mlkem_engine$mem$gd$17 gd$17(
        .d(gd$17$d),
        .q(gd$17$q),
        .clock(gd$17$clock)
    );
    mlkem_engine$mem$gd$18 gd$18(
        .d(gd$18$d),
        .q(gd$18$q),
        .clock(gd$18$clock)
    );
    mlkem_engine$mem$gd$19 gd$19(
        .d(gd$19$d),
        .q(gd$19$q),
        .clock(gd$19$clock)
    );
    mlkem_engine$mem$x1d$0 x1d$0(
        .d(x1d$0$d),
        .q(x1d$0$q),
        .clock(x1d$0$clock)
    );
    mlkem_engine$mem$x1d$1 x1d$1(
        .d(x1d$1$d),
        .q(x1d$1$q),
        .clock(x1d$1$clock)
    );
    mlkem_engine$mem$x1d$2 x1d$2(
        .d(x1d$2$d),
        .q(x1d$2$q),
        .clock(x1d$2$clock)
    );
    mlkem_engine$mem$x1d$3 x1d$3(
        .d(x1d$3$d),
        .q(x1d$3$q),
        .clock(x1d$3$clock)
    );
    mlkem_engine$mem$x1d$4 x1d$4(
        .d(x1d$4$d),
        .q(x1d$4$q),
        .clock(x1d$4$clock)
    );
    mlkem_engine$mem$x1d$5 x1d$5(
        .d(x1d$5$d),
        .q(x1d$5$q),
        .clock(x1d$5$clock)
    );
    mlkem_engine$mem$x1d$6 x1d$6(
        .d(x1d$6$d),
        .q(x1d$6$q),
        .clock(x1d$6$clock)
    );
    mlkem_engine$mem$x1d$7 x1d$7(
        .d(x1d$7$d),
        .q(x1d$7$q),
        .clock(x1d$7$clock)
    );
    mlkem_engine$mem$x1d$8 x1d$8(
        .d(x1d$8$d),
        .q(x1d$8$q),
        .clock(x1d$8$clock)
    );
    mlkem_engine$mem$x1d$9 x1d$9(
        .d(x1d$9$d),
        .q(x1d$9$q),
        .clock(x1d$9$clock)
    );
    mlkem_engine$mem$x1d$10 x1d$10(
        .d(x1d$10$d),
        .q(x1d$10$q),
        .clock(x1d$10$clock)
    );
    mlkem_engine$mem$x1d$11 x1d$11(
        .d(x1d$11$d),
        .q(x1d$11$q),
        .clock(x1d$11$clock)
    );
    mlkem_engine$mem$x1d$12 x1d$12(
        .d(x1d$12$d),
        .q(x1d$12$q),
        .clock(x1d$12$clock)
    );
    mlkem_engine$mem$x1d$13 x1d$13(
        .d(x1d$13$d),
        .q(x1d$13$q),
        .clock(x1d$13$clock)
    );
    mlkem_engine$mem$x1d$14 x1d$14(
        .d(x1d$14$d),
        .q(x1d$14$q),
        .clock(x1d$14$clock)
    );
    mlkem_engine$mem$x1d$15 x1d$15(
        .d(x1d$15$d),
        .q(x1d$15$q),
        .clock(x1d$15$clock)
    );
    mlkem_engine$mem$x1d$16 x1d$16(
        .d(x1d$16$d),
        .q(x1d$16$q),
        .clock(x1d$16$clock)
    );
    mlkem_engine$mem$x1d$17 x1d$17(
        .d(x1d$17$d),
        .q(x1d$17$q),
        .clock(x1d$17$clock)
    );
    mlkem_engine$mem$x1d$18 x1d$18(
        .d(x1d$18$d),
        .q(x1d$18$q),
        .clock(x1d$18$clock)
    );
    mlkem_engine$mem$x1d$19 x1d$19(
        .d(x1d$19$d),
        .q(x1d$19$q),
        .clock(x1d$19$clock)
    );
    mlkem_engine$mem$y1d$0 y1d$0(
        .d(y1d$0$d),
        .q(y1d$0$q),
        .clock(y1d$0$clock)
    );
    mlkem_engine$mem$y1d$1 y1d$1(
        .d(y1d$1$d),
        .q(y1d$1$q),
        .clock(y1d$1$clock)
    );
    mlkem_engine$mem$y1d$2 y1d$2(
        .d(y1d$2$d),
        .q(y1d$2$q),
        .clock(y1d$2$clock)
    );
    mlkem_engine$mem$y1d$3 y1d$3(
        .d(y1d$3$d),
        .q(y1d$3$q),
        .clock(y1d$3$clock)
    );
    mlkem_engine$mem$y1d$4 y1d$4(
        .d(y1d$4$d),
        .q(y1d$4$q),
        .clock(y1d$4$clock)
    );
    mlkem_engine$mem$y1d$5 y1d$5(
        .d(y1d$5$d),
        .q(y1d$5$q),
        .clock(y1d$5$clock)
    );
    mlkem_engine$mem$y1d$6 y1d$6(
        .d(y1d$6$d),
        .q(y1d$6$q),
        .clock(y1d$6$clock)
    );
    mlkem_engine$mem$y1d$7 y1d$7(
        .d(y1d$7$d),
        .q(y1d$7$q),
        .clock(y1d$7$clock)
    );
    mlkem_engine$mem$y1d$8 y1d$8(
        .d(y1d$8$d),
        .q(y1d$8$q),
        .clock(y1d$8$clock)
    );
    mlkem_engine$mem$y1d$9 y1d$9(
        .d(y1d$9$d),
        .q(y1d$9$q),
        .clock(y1d$9$clock)
    );
    mlkem_engine$mem$y1d$10 y1d$10(
        .d(y1d$10$d),
        .q(y1d$10$q),
        .clock(y1d$10$clock)
    );
    mlkem_engine$mem$y1d$11 y1d$11(
        .d(y1d$11$d),
        .q(y1d$11$q),
        .clock(y1d$11$clock)
    );
    mlkem_engine$mem$y1d$12 y1d$12(
        .d(y1d$12$d),
        .q(y1d$12$q),
        .clock(y1d$12$clock)
    );
    mlkem_engine$mem$y1d$13 y1d$13(
        .d(y1d$13$d),
        .q(y1d$13$q),
        .clock(y1d$13$clock)
    );
    mlkem_engine$mem$y1d$14 y1d$14(
        .d(y1d$14$d),
        .q(y1d$14$q),
        .clock(y1d$14$clock)
    );
    mlkem_engine$mem$y1d$15 y1d$15(
        .d(y1d$15$d),
        .q(y1d$15$q),
        .clock(y1d$15$clock)
    );
    mlkem_engine$mem$y1d$16 y1d$16(
        .d(y1d$16$d),
        .q(y1d$16$q),
        .clock(y1d$16$clock)
    );
    mlkem_engine$mem$y1d$17 y1d$17(
        .d(y1d$17$d),
        .q(y1d$17$q),
        .clock(y1d$17$clock)
    );
    mlkem_engine$mem$y1d$18 y1d$18(
        .d(y1d$18$d),
        .q(y1d$18$q),
        .clock(y1d$18$clock)
    );
    mlkem_engine$mem$y1d$19 y1d$19(
        .d(y1d$19$d),
        .q(y1d$19$q),
        .clock(y1d$19$clock)
    );
    
    // Update code
    always @(*) begin
        fsm$clock = clock;
        opc$clock = clock;
        mode_r$clock = clock;
        src_a_r$clock = clock;
        src_b_r$clock = clock;
        dst_r$clock = clock;
        layer$clock = clock;
        cnt$clock = clock;
        sw$clock = clock;
        vp$clock = clock;
        red$clock = clock;
        alarm$clock = clock;
        inv_last_d$clock = clock;
        first_d$clock = clock;
        host_rd$clock = clock;
        host_b0$clock = clock;
        host_b1$clock = clock;
        host_b2$clock = clock;
        host_b3$clock = clock;
        err$clock = clock;
        code$clock = clock;
        done_r$clock = clock;
        fsm$d = fsm$q;
        opc$d = opc$q;
        mode_r$d = mode_r$q;
        src_a_r$d = src_a_r$q;
        src_b_r$d = src_b_r$q;
        dst_r$d = dst_r$q;
        layer$d = layer$q;
        cnt$d = cnt$q;
        sw$d = sw$q;
        vp$d = vp$q;
        red$d = red$q;
        alarm$d = alarm$q;
        inv_last_d$d = inv_last_d$q;
        first_d$d = first_d$q;
        host_rd$d = host_rd$q;
        host_b0$d = host_b0$q;
        host_b1$d = host_b1$q;
        host_b2$d = host_b2$q;
        host_b3$d = host_b3$q;
        err$d = err$q;
        code$d = code$q;
        done_r$d = done_r$q;
        ram_a$0$read_clock = clock;
        ram_a$0$write_clock = clock;
        ram_b$0$read_clock = clock;
        ram_b$0$write_clock = clock;
        ram_a$1$read_clock = clock;
        ram_a$1$write_clock = clock;
        ram_b$1$read_clock = clock;
        ram_b$1$write_clock = clock;
        ram_a$2$read_clock = clock;
        ram_a$2$write_clock = clock;
        ram_b$2$read_clock = clock;
        ram_b$2$write_clock = clock;
        ram_a$3$read_clock = clock;
        ram_a$3$write_clock = clock;
        ram_b$3$read_clock = clock;
        ram_b$3$write_clock = clock;
        ram_a$4$read_clock = clock;
        ram_a$4$write_clock = clock;
        ram_b$4$read_clock = clock;
        ram_b$4$write_clock = clock;
        ram_a$5$read_clock = clock;
        ram_a$5$write_clock = clock;
        ram_b$5$read_clock = clock;
        ram_b$5$write_clock = clock;
        ram_a$6$read_clock = clock;
        ram_a$6$write_clock = clock;
        ram_b$6$read_clock = clock;
        ram_b$6$write_clock = clock;
        ram_a$7$read_clock = clock;
        ram_a$7$write_clock = clock;
        ram_b$7$read_clock = clock;
        ram_b$7$write_clock = clock;
        rom$0$read_clock = clock;
        rom$0$write_clock = clock;
        rom$0$write_enable = 1'b0;
        rom$0$write_address = 32'h0;
        rom$0$write_data = 32'h0;
        jd$0$clock = clock;
        kd$0$clock = clock;
        jd$1$clock = clock;
        kd$1$clock = clock;
        jd$2$clock = clock;
        kd$2$clock = clock;
        jd$3$clock = clock;
        kd$3$clock = clock;
        jd$4$clock = clock;
        kd$4$clock = clock;
        jd$5$clock = clock;
        kd$5$clock = clock;
        jd$6$clock = clock;
        kd$6$clock = clock;
        jd$7$clock = clock;
        kd$7$clock = clock;
        jd$8$clock = clock;
        kd$8$clock = clock;
        jd$9$clock = clock;
        kd$9$clock = clock;
        jd$10$clock = clock;
        kd$10$clock = clock;
        gd$0$clock = clock;
        x1d$0$clock = clock;
        y1d$0$clock = clock;
        gd$1$clock = clock;
        x1d$1$clock = clock;
        y1d$1$clock = clock;
        gd$2$clock = clock;
        x1d$2$clock = clock;
        y1d$2$clock = clock;
        gd$3$clock = clock;
        x1d$3$clock = clock;
        y1d$3$clock = clock;
        gd$4$clock = clock;
        x1d$4$clock = clock;
        y1d$4$clock = clock;
        jbd$0$clock = clock;
        kbd$0$clock = clock;
        mul_a$0$clock = clock;
        mul_b$0$clock = clock;
        mul_c$0$clock = clock;
        mul_d$0$clock = clock;
        rom$1$read_clock = clock;
        rom$1$write_clock = clock;
        rom$1$write_enable = 1'b0;
        rom$1$write_address = 32'h0;
        rom$1$write_data = 32'h0;
        jd$11$clock = clock;
        kd$11$clock = clock;
        jd$12$clock = clock;
        kd$12$clock = clock;
        jd$13$clock = clock;
        kd$13$clock = clock;
        jd$14$clock = clock;
        kd$14$clock = clock;
        jd$15$clock = clock;
        kd$15$clock = clock;
        jd$16$clock = clock;
        kd$16$clock = clock;
        jd$17$clock = clock;
        kd$17$clock = clock;
        jd$18$clock = clock;
        kd$18$clock = clock;
        jd$19$clock = clock;
        kd$19$clock = clock;
        jd$20$clock = clock;
        kd$20$clock = clock;
        jd$21$clock = clock;
        kd$21$clock = clock;
        gd$5$clock = clock;
        x1d$5$clock = clock;
        y1d$5$clock = clock;
        gd$6$clock = clock;
        x1d$6$clock = clock;
        y1d$6$clock = clock;
        gd$7$clock = clock;
        x1d$7$clock = clock;
        y1d$7$clock = clock;
        gd$8$clock = clock;
        x1d$8$clock = clock;
        y1d$8$clock = clock;
        gd$9$clock = clock;
        x1d$9$clock = clock;
        y1d$9$clock = clock;
        jbd$1$clock = clock;
        kbd$1$clock = clock;
        mul_a$1$clock = clock;
        mul_b$1$clock = clock;
        mul_c$1$clock = clock;
        mul_d$1$clock = clock;
        rom$2$read_clock = clock;
        rom$2$write_clock = clock;
        rom$2$write_enable = 1'b0;
        rom$2$write_address = 32'h0;
        rom$2$write_data = 32'h0;
        jd$22$clock = clock;
        kd$22$clock = clock;
        jd$23$clock = clock;
        kd$23$clock = clock;
        jd$24$clock = clock;
        kd$24$clock = clock;
        jd$25$clock = clock;
        kd$25$clock = clock;
        jd$26$clock = clock;
        kd$26$clock = clock;
        jd$27$clock = clock;
        kd$27$clock = clock;
        jd$28$clock = clock;
        kd$28$clock = clock;
        jd$29$clock = clock;
        kd$29$clock = clock;
        jd$30$clock = clock;
        kd$30$clock = clock;
        jd$31$clock = clock;
        kd$31$clock = clock;
        jd$32$clock = clock;
        kd$32$clock = clock;
        gd$10$clock = clock;
        x1d$10$clock = clock;
        y1d$10$clock = clock;
        gd$11$clock = clock;
        x1d$11$clock = clock;
        y1d$11$clock = clock;
        gd$12$clock = clock;
        x1d$12$clock = clock;
        y1d$12$clock = clock;
        gd$13$clock = clock;
        x1d$13$clock = clock;
        y1d$13$clock = clock;
        gd$14$clock = clock;
        x1d$14$clock = clock;
        y1d$14$clock = clock;
        jbd$2$clock = clock;
        kbd$2$clock = clock;
        mul_a$2$clock = clock;
        mul_b$2$clock = clock;
        mul_c$2$clock = clock;
        mul_d$2$clock = clock;
        rom$3$read_clock = clock;
        rom$3$write_clock = clock;
        rom$3$write_enable = 1'b0;
        rom$3$write_address = 32'h0;
        rom$3$write_data = 32'h0;
        jd$33$clock = clock;
        kd$33$clock = clock;
        jd$34$clock = clock;
        kd$34$clock = clock;
        jd$35$clock = clock;
        kd$35$clock = clock;
        jd$36$clock = clock;
        kd$36$clock = clock;
        jd$37$clock = clock;
        kd$37$clock = clock;
        jd$38$clock = clock;
        kd$38$clock = clock;
        jd$39$clock = clock;
        kd$39$clock = clock;
        jd$40$clock = clock;
        kd$40$clock = clock;
        jd$41$clock = clock;
        kd$41$clock = clock;
        jd$42$clock = clock;
        kd$42$clock = clock;
        jd$43$clock = clock;
        kd$43$clock = clock;
        gd$15$clock = clock;
        x1d$15$clock = clock;
        y1d$15$clock = clock;
        gd$16$clock = clock;
        x1d$16$clock = clock;
        y1d$16$clock = clock;
        gd$17$clock = clock;
        x1d$17$clock = clock;
        y1d$17$clock = clock;
        gd$18$clock = clock;
        x1d$18$clock = clock;
        y1d$18$clock = clock;
        gd$19$clock = clock;
        x1d$19$clock = clock;
        y1d$19$clock = clock;
        jbd$3$clock = clock;
        kbd$3$clock = clock;
        mul_a$3$clock = clock;
        mul_b$3$clock = clock;
        mul_c$3$clock = clock;
        mul_d$3$clock = clock;
        f_fwd = opc$q == o_ntt;
        f_inv = opc$q == o_intt;
        f_pwm = opc$q == o_pwm;
        f_add = opc$q == o_add;
        f_sub = opc$q == o_sub;
        f_bin = f_pwm | f_add | f_sub;
        dsa = mode_r$q == m_dsa;
        first_layer = 32'h7;
        if (f_fwd | (f_inv & dsa)) begin
            first_layer = 32'h0;
        end
        if (f_inv & ~dsa) begin
            first_layer = 32'h1;
        end
        last_layer = 32'h7;
        if (f_fwd & ~dsa) begin
            last_layer = 32'h6;
        end
        mul_a$0$dsa = dsa;
        mul_b$0$dsa = dsa;
        mul_c$0$dsa = dsa;
        mul_d$0$dsa = dsa;
        mul_a$1$dsa = dsa;
        mul_b$1$dsa = dsa;
        mul_c$1$dsa = dsa;
        mul_d$1$dsa = dsa;
        mul_a$2$dsa = dsa;
        mul_b$2$dsa = dsa;
        mul_c$2$dsa = dsa;
        mul_d$2$dsa = dsa;
        mul_a$3$dsa = dsa;
        mul_b$3$dsa = dsa;
        mul_c$3$dsa = dsa;
        mul_d$3$dsa = dsa;
        fsm_ok = (fsm$q == s_idle) | (fsm$q == s_run) | (fsm$q == s_drain) | (fsm$q == s_sweep_all) | (fsm$q == s_sweep_dst);
        opc_ok = (opc$q == s_idle) | f_fwd | f_inv | f_bin;
        mode_ok = (mode_r$q == m_kem) | dsa;
        pack_q = ((cnt$q) & 43'h7ffffffffff) | (((layer$q) & 43'h7ffffffffff) << 32'h7) | (((sw$q) & 43'h7ffffffffff) << 32'hb) | (((vp$q) & 43'h7ffffffffff) << 32'h14) | (((src_a_r$q) & 43'h7ffffffffff) << 32'h1f) | (((src_b_r$q) & 43'h7ffffffffff) << (32'h1f + 32'h4)) | (((dst_r$q) & 43'h7ffffffffff) << (32'h1f + 32'h2 * 32'h4));
        fault = ~(fsm_ok & opc_ok & mode_ok & (red$q == pack_q));
        wipe = zeroize | reset | fault;
        idle = fsm$q == s_idle;
        issue = fsm$q == s_run;
        active = issue | (fsm$q == s_drain);
        sweeping = (fsm$q == s_sweep_all) | (fsm$q == s_sweep_dst);
        hold_zero = ~active | wipe;
        host_ok = idle & ~wipe & ~alarm$q;
        busy = ~idle;
        fatal = alarm$q;
        done = done_r$q;
        done_r$d = 1'b0;
        error = err$q;
        err_code = code$q;
        abort = 1'b0;
        qm = 32'hd01;
        if (dsa) begin
            qm = 32'h7fe001;
        end
        qin = 32'hd01;
        if (mode) begin
            qin = 32'h7fe001;
        end
        op_ok = op <= 32'h4;
        start_bad_slot = |(src_a >> 32'h4) | |(dst >> 32'h4) | ((op >= 32'h2) & |(src_b >> 32'h4));
        sh = 32'h0;
        if (f_fwd) begin
            sh = 32'h7 - layer$q;
        end
        if (f_inv) begin
            sh = layer$q;
        end
        lenb = ((32'h1) & 9'h1ff) << sh;
        lenm = lenb - 32'h1;
        inv_last = f_inv & (layer$q == 32'h7);
        d2 = f_pwm & ~dsa;
        rd_slot_a = ((dst_r$q) & 9'h1ff) << 32'h5;
        rd_slot_b = ((src_b_r$q) & 9'h1ff) << 32'h5;
        if (layer$q == first_layer) begin
            rd_slot_a = ((src_a_r$q) & 9'h1ff) << 32'h5;
        end
        wr_slot = ((dst_r$q) & 9'h1ff) << 32'h5;
        bank_raddr$0 = 32'h0;
        bank_we$0 = 1'b0;
        bank_waddr$0 = 32'h0;
        bank_wdata$0 = 32'h0;
        bank_raddr$1 = 32'h0;
        bank_we$1 = 1'b0;
        bank_waddr$1 = 32'h0;
        bank_wdata$1 = 32'h0;
        bank_raddr$2 = 32'h0;
        bank_we$2 = 1'b0;
        bank_waddr$2 = 32'h0;
        bank_wdata$2 = 32'h0;
        bank_raddr$3 = 32'h0;
        bank_we$3 = 1'b0;
        bank_waddr$3 = 32'h0;
        bank_wdata$3 = 32'h0;
        bank_raddr$4 = 32'h0;
        bank_we$4 = 1'b0;
        bank_waddr$4 = 32'h0;
        bank_wdata$4 = 32'h0;
        bank_raddr$5 = 32'h0;
        bank_we$5 = 1'b0;
        bank_waddr$5 = 32'h0;
        bank_wdata$5 = 32'h0;
        bank_raddr$6 = 32'h0;
        bank_we$6 = 1'b0;
        bank_waddr$6 = 32'h0;
        bank_wdata$6 = 32'h0;
        bank_raddr$7 = 32'h0;
        bank_we$7 = 1'b0;
        bank_waddr$7 = 32'h0;
        bank_wdata$7 = 32'h0;
        bidx$0 = (((cnt$q) & 9'h1ff) << 32'h2) + lane_id$0;
        blk$0 = bidx$0 >> sh;
        j$0 = ((blk$0 << sh) << 32'h1) | (bidx$0 & lenm);
        k$0 = j$0 | lenb;
        jb_oh$0 = ((32'h1) & 8'hff) << (j$0 & (32'h4 - 32'h1));
        if (^(j$0 >> 32'h2)) begin
            jb_oh$0 = ((32'h1) & 8'hff) << ((j$0 & (32'h4 - 32'h1)) + 32'h4);
        end
        kb_oh$0 = ((32'h1) & 8'hff) << (k$0 & (32'h4 - 32'h1));
        if (^(k$0 >> 32'h2)) begin
            kb_oh$0 = ((32'h1) & 8'hff) << ((k$0 & (32'h4 - 32'h1)) + 32'h4);
        end
        if (issue & jb_oh$0[0]) begin
            bank_raddr$0 = (j$0 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & kb_oh$0[0]) begin
            bank_raddr$0 = (k$0 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & jb_oh$0[1]) begin
            bank_raddr$1 = (j$0 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & kb_oh$0[1]) begin
            bank_raddr$1 = (k$0 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & jb_oh$0[2]) begin
            bank_raddr$2 = (j$0 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & kb_oh$0[2]) begin
            bank_raddr$2 = (k$0 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & jb_oh$0[3]) begin
            bank_raddr$3 = (j$0 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & kb_oh$0[3]) begin
            bank_raddr$3 = (k$0 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & jb_oh$0[4]) begin
            bank_raddr$4 = (j$0 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & kb_oh$0[4]) begin
            bank_raddr$4 = (k$0 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & jb_oh$0[5]) begin
            bank_raddr$5 = (j$0 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & kb_oh$0[5]) begin
            bank_raddr$5 = (k$0 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & jb_oh$0[6]) begin
            bank_raddr$6 = (j$0 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & kb_oh$0[6]) begin
            bank_raddr$6 = (k$0 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & jb_oh$0[7]) begin
            bank_raddr$7 = (j$0 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & kb_oh$0[7]) begin
            bank_raddr$7 = (k$0 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        jbd$0$d = jb_oh$0;
        kbd$0$d = kb_oh$0;
        twi$0 = (((32'h1) & 9'h1ff) << layer$q) | blk$0;
        if (f_inv) begin
            twi$0 = (((32'h100) & 9'h1ff) >> layer$q) - 32'h1 - blk$0;
        end
        if (f_pwm) begin
            twi$0 = bidx$0 + 32'h80;
        end
        if (dsa) begin
            twi$0 = (twi$0 & 32'hff) + 32'h100;
        end
        rom$0$read_address = twi$0;
        jd$0$d = j$0;
        kd$0$d = k$0;
        jd$1$d = jd$0$q;
        kd$1$d = kd$0$q;
        jd$2$d = jd$1$q;
        kd$2$d = kd$1$q;
        jd$3$d = jd$2$q;
        kd$3$d = kd$2$q;
        jd$4$d = jd$3$q;
        kd$4$d = kd$3$q;
        jd$5$d = jd$4$q;
        kd$5$d = kd$4$q;
        jd$6$d = jd$5$q;
        kd$6$d = kd$5$q;
        jd$7$d = jd$6$q;
        kd$7$d = kd$6$q;
        jd$8$d = jd$7$q;
        kd$8$d = kd$7$q;
        jd$9$d = jd$8$q;
        kd$9$d = kd$8$q;
        jd$10$d = jd$9$q;
        kd$10$d = kd$9$q;
        a0$0 = 32'h0;
        a1$0 = 32'h0;
        b0$0 = 32'h0;
        b1$0 = 32'h0;
        if (jbd$0$q[0]) begin
            a0$0 = ram_a$0$read_data;
            b0$0 = ram_b$0$read_data;
        end
        if (kbd$0$q[0]) begin
            a1$0 = ram_a$0$read_data;
            b1$0 = ram_b$0$read_data;
        end
        if (jbd$0$q[1]) begin
            a0$0 = ram_a$1$read_data;
            b0$0 = ram_b$1$read_data;
        end
        if (kbd$0$q[1]) begin
            a1$0 = ram_a$1$read_data;
            b1$0 = ram_b$1$read_data;
        end
        if (jbd$0$q[2]) begin
            a0$0 = ram_a$2$read_data;
            b0$0 = ram_b$2$read_data;
        end
        if (kbd$0$q[2]) begin
            a1$0 = ram_a$2$read_data;
            b1$0 = ram_b$2$read_data;
        end
        if (jbd$0$q[3]) begin
            a0$0 = ram_a$3$read_data;
            b0$0 = ram_b$3$read_data;
        end
        if (kbd$0$q[3]) begin
            a1$0 = ram_a$3$read_data;
            b1$0 = ram_b$3$read_data;
        end
        if (jbd$0$q[4]) begin
            a0$0 = ram_a$4$read_data;
            b0$0 = ram_b$4$read_data;
        end
        if (kbd$0$q[4]) begin
            a1$0 = ram_a$4$read_data;
            b1$0 = ram_b$4$read_data;
        end
        if (jbd$0$q[5]) begin
            a0$0 = ram_a$5$read_data;
            b0$0 = ram_b$5$read_data;
        end
        if (kbd$0$q[5]) begin
            a1$0 = ram_a$5$read_data;
            b1$0 = ram_b$5$read_data;
        end
        if (jbd$0$q[6]) begin
            a0$0 = ram_a$6$read_data;
            b0$0 = ram_b$6$read_data;
        end
        if (kbd$0$q[6]) begin
            a1$0 = ram_a$6$read_data;
            b1$0 = ram_b$6$read_data;
        end
        if (jbd$0$q[7]) begin
            a0$0 = ram_a$7$read_data;
            b0$0 = ram_b$7$read_data;
        end
        if (kbd$0$q[7]) begin
            a1$0 = ram_a$7$read_data;
            b1$0 = ram_b$7$read_data;
        end
        if (vp$q[32'h0] & first_d$q & ((a0$0 >= qm) | (a1$0 >= qm))) begin
            abort = 1'b1;
        end
        if (vp$q[32'h0] & first_d$q & f_bin & ((b0$0 >= qm) | (b1$0 >= qm))) begin
            abort = 1'b1;
        end
        tw$0 = rom$0$read_data;
        p1y$0 = a1$0;
        p1s$0 = 1'b0;
        p2x$0 = a1$0;
        p2y$0 = a0$0;
        p2s$0 = 1'b1;
        if (f_pwm) begin
            p2x$0 = b0$0;
            p2y$0 = b1$0;
            p2s$0 = 1'b0;
        end
        if (f_add | f_sub) begin
            p1y$0 = b0$0;
            p1s$0 = f_sub;
            p2x$0 = a1$0;
            p2y$0 = b1$0;
            p2s$0 = f_sub;
        end
        pre1$0 = a0$0 + p1y$0;
        if (p1s$0) begin
            pre1$0 = a0$0 + qm - p1y$0;
        end
        if (pre1$0 >= qm) begin
            pre1$0 = pre1$0 - qm;
        end
        pre2$0 = p2x$0 + p2y$0;
        if (p2s$0) begin
            pre2$0 = p2x$0 + qm - p2y$0;
        end
        if (pre2$0 >= qm) begin
            pre2$0 = pre2$0 - qm;
        end
        mul_a$0$a = pre1$0;
        mul_a$0$b = 32'h1;
        mul_b$0$a = pre2$0;
        mul_b$0$b = 32'h1;
        if (f_fwd) begin
            mul_a$0$a = a0$0;
            mul_b$0$a = a1$0;
            mul_b$0$b = tw$0;
        end
        if (f_inv) begin
            mul_b$0$b = tw$0;
            if (inv_last_d$q) begin
                if (dsa) begin
                    mul_a$0$b = ninv_dsa;
                    mul_b$0$b = zninv_dsa;
                end
                else begin
                    mul_a$0$b = ninv_kem;
                    mul_b$0$b = zninv_kem;
                end
            end
        end
        if (f_pwm) begin
            mul_a$0$a = a0$0;
            mul_a$0$b = b0$0;
            mul_b$0$a = a1$0;
            mul_b$0$b = b1$0;
        end
        mul_c$0$a = pre1$0;
        mul_c$0$b = pre2$0;
        gd$0$d = tw$0;
        gd$1$d = gd$0$q;
        gd$2$d = gd$1$q;
        gd$3$d = gd$2$q;
        gd$4$d = gd$3$q;
        padd$0 = mul_a$0$r + mul_b$0$r;
        if (padd$0 >= qm) begin
            padd$0 = padd$0 - qm;
        end
        psub$0 = mul_a$0$r + qm - mul_b$0$r;
        if (psub$0 >= qm) begin
            psub$0 = psub$0 - qm;
        end
        t1$0 = mul_c$0$r + qm - mul_a$0$r;
        if (t1$0 >= qm) begin
            t1$0 = t1$0 - qm;
        end
        y1$0 = t1$0 + qm - mul_b$0$r;
        if (y1$0 >= qm) begin
            y1$0 = y1$0 - qm;
        end
        mul_d$0$a = mul_b$0$r;
        mul_d$0$b = gd$4$q;
        x1d$0$d = mul_a$0$r;
        y1d$0$d = y1$0;
        x1d$1$d = x1d$0$q;
        y1d$1$d = y1d$0$q;
        x1d$2$d = x1d$1$q;
        y1d$2$d = y1d$1$q;
        x1d$3$d = x1d$2$q;
        y1d$3$d = y1d$2$q;
        x1d$4$d = x1d$3$q;
        y1d$4$d = y1d$3$q;
        c0$0 = x1d$4$q + mul_d$0$r;
        if (c0$0 >= qm) begin
            c0$0 = c0$0 - qm;
        end
        wa$0 = jd$5$q;
        wbk$0 = kd$5$q;
        we$0 = vp$q[32'h5];
        wx$0 = mul_a$0$r;
        wy$0 = mul_b$0$r;
        if (f_fwd) begin
            wx$0 = padd$0;
            wy$0 = psub$0;
        end
        if (d2) begin
            wa$0 = jd$10$q;
            wbk$0 = kd$10$q;
            we$0 = vp$q[32'ha];
            wx$0 = c0$0;
            wy$0 = y1d$4$q;
        end
        if (~issue | wipe) begin
            jbd$0$d = 32'h0;
            kbd$0$d = 32'h0;
            jd$0$d = 32'h0;
            kd$0$d = 32'h0;
        end
        if (hold_zero) begin
            mul_a$0$a = 32'h0;
            mul_a$0$b = 32'h0;
            mul_b$0$a = 32'h0;
            mul_b$0$b = 32'h0;
            mul_c$0$a = 32'h0;
            mul_c$0$b = 32'h0;
            mul_d$0$a = 32'h0;
            mul_d$0$b = 32'h0;
            jd$1$d = 32'h0;
            kd$1$d = 32'h0;
            jd$2$d = 32'h0;
            kd$2$d = 32'h0;
            jd$3$d = 32'h0;
            kd$3$d = 32'h0;
            jd$4$d = 32'h0;
            kd$4$d = 32'h0;
            jd$5$d = 32'h0;
            kd$5$d = 32'h0;
            jd$6$d = 32'h0;
            kd$6$d = 32'h0;
            jd$7$d = 32'h0;
            kd$7$d = 32'h0;
            jd$8$d = 32'h0;
            kd$8$d = 32'h0;
            jd$9$d = 32'h0;
            kd$9$d = 32'h0;
            jd$10$d = 32'h0;
            kd$10$d = 32'h0;
            gd$0$d = 32'h0;
            x1d$0$d = 32'h0;
            y1d$0$d = 32'h0;
            gd$1$d = 32'h0;
            x1d$1$d = 32'h0;
            y1d$1$d = 32'h0;
            gd$2$d = 32'h0;
            x1d$2$d = 32'h0;
            y1d$2$d = 32'h0;
            gd$3$d = 32'h0;
            x1d$3$d = 32'h0;
            y1d$3$d = 32'h0;
            gd$4$d = 32'h0;
            x1d$4$d = 32'h0;
            y1d$4$d = 32'h0;
        end
        wa_oh$0 = ((32'h1) & 8'hff) << (wa$0 & (32'h4 - 32'h1));
        if (^(wa$0 >> 32'h2)) begin
            wa_oh$0 = ((32'h1) & 8'hff) << ((wa$0 & (32'h4 - 32'h1)) + 32'h4);
        end
        wb_oh$0 = ((32'h1) & 8'hff) << (wbk$0 & (32'h4 - 32'h1));
        if (^(wbk$0 >> 32'h2)) begin
            wb_oh$0 = ((32'h1) & 8'hff) << ((wbk$0 & (32'h4 - 32'h1)) + 32'h4);
        end
        if (we$0 & wa_oh$0[0]) begin
            bank_we$0 = 1'b1;
            bank_waddr$0 = (wa$0 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$0 = wx$0;
        end
        if (we$0 & wb_oh$0[0]) begin
            bank_we$0 = 1'b1;
            bank_waddr$0 = (wbk$0 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$0 = wy$0;
        end
        if (we$0 & wa_oh$0[1]) begin
            bank_we$1 = 1'b1;
            bank_waddr$1 = (wa$0 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$1 = wx$0;
        end
        if (we$0 & wb_oh$0[1]) begin
            bank_we$1 = 1'b1;
            bank_waddr$1 = (wbk$0 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$1 = wy$0;
        end
        if (we$0 & wa_oh$0[2]) begin
            bank_we$2 = 1'b1;
            bank_waddr$2 = (wa$0 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$2 = wx$0;
        end
        if (we$0 & wb_oh$0[2]) begin
            bank_we$2 = 1'b1;
            bank_waddr$2 = (wbk$0 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$2 = wy$0;
        end
        if (we$0 & wa_oh$0[3]) begin
            bank_we$3 = 1'b1;
            bank_waddr$3 = (wa$0 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$3 = wx$0;
        end
        if (we$0 & wb_oh$0[3]) begin
            bank_we$3 = 1'b1;
            bank_waddr$3 = (wbk$0 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$3 = wy$0;
        end
        if (we$0 & wa_oh$0[4]) begin
            bank_we$4 = 1'b1;
            bank_waddr$4 = (wa$0 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$4 = wx$0;
        end
        if (we$0 & wb_oh$0[4]) begin
            bank_we$4 = 1'b1;
            bank_waddr$4 = (wbk$0 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$4 = wy$0;
        end
        if (we$0 & wa_oh$0[5]) begin
            bank_we$5 = 1'b1;
            bank_waddr$5 = (wa$0 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$5 = wx$0;
        end
        if (we$0 & wb_oh$0[5]) begin
            bank_we$5 = 1'b1;
            bank_waddr$5 = (wbk$0 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$5 = wy$0;
        end
        if (we$0 & wa_oh$0[6]) begin
            bank_we$6 = 1'b1;
            bank_waddr$6 = (wa$0 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$6 = wx$0;
        end
        if (we$0 & wb_oh$0[6]) begin
            bank_we$6 = 1'b1;
            bank_waddr$6 = (wbk$0 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$6 = wy$0;
        end
        if (we$0 & wa_oh$0[7]) begin
            bank_we$7 = 1'b1;
            bank_waddr$7 = (wa$0 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$7 = wx$0;
        end
        if (we$0 & wb_oh$0[7]) begin
            bank_we$7 = 1'b1;
            bank_waddr$7 = (wbk$0 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$7 = wy$0;
        end
        bidx$1 = (((cnt$q) & 9'h1ff) << 32'h2) + lane_id$1;
        blk$1 = bidx$1 >> sh;
        j$1 = ((blk$1 << sh) << 32'h1) | (bidx$1 & lenm);
        k$1 = j$1 | lenb;
        jb_oh$1 = ((32'h1) & 8'hff) << (j$1 & (32'h4 - 32'h1));
        if (^(j$1 >> 32'h2)) begin
            jb_oh$1 = ((32'h1) & 8'hff) << ((j$1 & (32'h4 - 32'h1)) + 32'h4);
        end
        kb_oh$1 = ((32'h1) & 8'hff) << (k$1 & (32'h4 - 32'h1));
        if (^(k$1 >> 32'h2)) begin
            kb_oh$1 = ((32'h1) & 8'hff) << ((k$1 & (32'h4 - 32'h1)) + 32'h4);
        end
        if (issue & jb_oh$1[0]) begin
            bank_raddr$0 = (j$1 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & kb_oh$1[0]) begin
            bank_raddr$0 = (k$1 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & jb_oh$1[1]) begin
            bank_raddr$1 = (j$1 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & kb_oh$1[1]) begin
            bank_raddr$1 = (k$1 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & jb_oh$1[2]) begin
            bank_raddr$2 = (j$1 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & kb_oh$1[2]) begin
            bank_raddr$2 = (k$1 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & jb_oh$1[3]) begin
            bank_raddr$3 = (j$1 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & kb_oh$1[3]) begin
            bank_raddr$3 = (k$1 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & jb_oh$1[4]) begin
            bank_raddr$4 = (j$1 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & kb_oh$1[4]) begin
            bank_raddr$4 = (k$1 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & jb_oh$1[5]) begin
            bank_raddr$5 = (j$1 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & kb_oh$1[5]) begin
            bank_raddr$5 = (k$1 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & jb_oh$1[6]) begin
            bank_raddr$6 = (j$1 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & kb_oh$1[6]) begin
            bank_raddr$6 = (k$1 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & jb_oh$1[7]) begin
            bank_raddr$7 = (j$1 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & kb_oh$1[7]) begin
            bank_raddr$7 = (k$1 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        jbd$1$d = jb_oh$1;
        kbd$1$d = kb_oh$1;
        twi$1 = (((32'h1) & 9'h1ff) << layer$q) | blk$1;
        if (f_inv) begin
            twi$1 = (((32'h100) & 9'h1ff) >> layer$q) - 32'h1 - blk$1;
        end
        if (f_pwm) begin
            twi$1 = bidx$1 + 32'h80;
        end
        if (dsa) begin
            twi$1 = (twi$1 & 32'hff) + 32'h100;
        end
        rom$1$read_address = twi$1;
        jd$11$d = j$1;
        kd$11$d = k$1;
        jd$12$d = jd$11$q;
        kd$12$d = kd$11$q;
        jd$13$d = jd$12$q;
        kd$13$d = kd$12$q;
        jd$14$d = jd$13$q;
        kd$14$d = kd$13$q;
        jd$15$d = jd$14$q;
        kd$15$d = kd$14$q;
        jd$16$d = jd$15$q;
        kd$16$d = kd$15$q;
        jd$17$d = jd$16$q;
        kd$17$d = kd$16$q;
        jd$18$d = jd$17$q;
        kd$18$d = kd$17$q;
        jd$19$d = jd$18$q;
        kd$19$d = kd$18$q;
        jd$20$d = jd$19$q;
        kd$20$d = kd$19$q;
        jd$21$d = jd$20$q;
        kd$21$d = kd$20$q;
        a0$1 = 32'h0;
        a1$1 = 32'h0;
        b0$1 = 32'h0;
        b1$1 = 32'h0;
        if (jbd$1$q[0]) begin
            a0$1 = ram_a$0$read_data;
            b0$1 = ram_b$0$read_data;
        end
        if (kbd$1$q[0]) begin
            a1$1 = ram_a$0$read_data;
            b1$1 = ram_b$0$read_data;
        end
        if (jbd$1$q[1]) begin
            a0$1 = ram_a$1$read_data;
            b0$1 = ram_b$1$read_data;
        end
        if (kbd$1$q[1]) begin
            a1$1 = ram_a$1$read_data;
            b1$1 = ram_b$1$read_data;
        end
        if (jbd$1$q[2]) begin
            a0$1 = ram_a$2$read_data;
            b0$1 = ram_b$2$read_data;
        end
        if (kbd$1$q[2]) begin
            a1$1 = ram_a$2$read_data;
            b1$1 = ram_b$2$read_data;
        end
        if (jbd$1$q[3]) begin
            a0$1 = ram_a$3$read_data;
            b0$1 = ram_b$3$read_data;
        end
        if (kbd$1$q[3]) begin
            a1$1 = ram_a$3$read_data;
            b1$1 = ram_b$3$read_data;
        end
        if (jbd$1$q[4]) begin
            a0$1 = ram_a$4$read_data;
            b0$1 = ram_b$4$read_data;
        end
        if (kbd$1$q[4]) begin
            a1$1 = ram_a$4$read_data;
            b1$1 = ram_b$4$read_data;
        end
        if (jbd$1$q[5]) begin
            a0$1 = ram_a$5$read_data;
            b0$1 = ram_b$5$read_data;
        end
        if (kbd$1$q[5]) begin
            a1$1 = ram_a$5$read_data;
            b1$1 = ram_b$5$read_data;
        end
        if (jbd$1$q[6]) begin
            a0$1 = ram_a$6$read_data;
            b0$1 = ram_b$6$read_data;
        end
        if (kbd$1$q[6]) begin
            a1$1 = ram_a$6$read_data;
            b1$1 = ram_b$6$read_data;
        end
        if (jbd$1$q[7]) begin
            a0$1 = ram_a$7$read_data;
            b0$1 = ram_b$7$read_data;
        end
        if (kbd$1$q[7]) begin
            a1$1 = ram_a$7$read_data;
            b1$1 = ram_b$7$read_data;
        end
        if (vp$q[32'h0] & first_d$q & ((a0$1 >= qm) | (a1$1 >= qm))) begin
            abort = 1'b1;
        end
        if (vp$q[32'h0] & first_d$q & f_bin & ((b0$1 >= qm) | (b1$1 >= qm))) begin
            abort = 1'b1;
        end
        tw$1 = rom$1$read_data;
        p1y$1 = a1$1;
        p1s$1 = 1'b0;
        p2x$1 = a1$1;
        p2y$1 = a0$1;
        p2s$1 = 1'b1;
        if (f_pwm) begin
            p2x$1 = b0$1;
            p2y$1 = b1$1;
            p2s$1 = 1'b0;
        end
        if (f_add | f_sub) begin
            p1y$1 = b0$1;
            p1s$1 = f_sub;
            p2x$1 = a1$1;
            p2y$1 = b1$1;
            p2s$1 = f_sub;
        end
        pre1$1 = a0$1 + p1y$1;
        if (p1s$1) begin
            pre1$1 = a0$1 + qm - p1y$1;
        end
        if (pre1$1 >= qm) begin
            pre1$1 = pre1$1 - qm;
        end
        pre2$1 = p2x$1 + p2y$1;
        if (p2s$1) begin
            pre2$1 = p2x$1 + qm - p2y$1;
        end
        if (pre2$1 >= qm) begin
            pre2$1 = pre2$1 - qm;
        end
        mul_a$1$a = pre1$1;
        mul_a$1$b = 32'h1;
        mul_b$1$a = pre2$1;
        mul_b$1$b = 32'h1;
        if (f_fwd) begin
            mul_a$1$a = a0$1;
            mul_b$1$a = a1$1;
            mul_b$1$b = tw$1;
        end
        if (f_inv) begin
            mul_b$1$b = tw$1;
            if (inv_last_d$q) begin
                if (dsa) begin
                    mul_a$1$b = ninv_dsa;
                    mul_b$1$b = zninv_dsa;
                end
                else begin
                    mul_a$1$b = ninv_kem;
                    mul_b$1$b = zninv_kem;
                end
            end
        end
        if (f_pwm) begin
            mul_a$1$a = a0$1;
            mul_a$1$b = b0$1;
            mul_b$1$a = a1$1;
            mul_b$1$b = b1$1;
        end
        mul_c$1$a = pre1$1;
        mul_c$1$b = pre2$1;
        gd$5$d = tw$1;
        gd$6$d = gd$5$q;
        gd$7$d = gd$6$q;
        gd$8$d = gd$7$q;
        gd$9$d = gd$8$q;
        padd$1 = mul_a$1$r + mul_b$1$r;
        if (padd$1 >= qm) begin
            padd$1 = padd$1 - qm;
        end
        psub$1 = mul_a$1$r + qm - mul_b$1$r;
        if (psub$1 >= qm) begin
            psub$1 = psub$1 - qm;
        end
        t1$1 = mul_c$1$r + qm - mul_a$1$r;
        if (t1$1 >= qm) begin
            t1$1 = t1$1 - qm;
        end
        y1$1 = t1$1 + qm - mul_b$1$r;
        if (y1$1 >= qm) begin
            y1$1 = y1$1 - qm;
        end
        mul_d$1$a = mul_b$1$r;
        mul_d$1$b = gd$9$q;
        x1d$5$d = mul_a$1$r;
        y1d$5$d = y1$1;
        x1d$6$d = x1d$5$q;
        y1d$6$d = y1d$5$q;
        x1d$7$d = x1d$6$q;
        y1d$7$d = y1d$6$q;
        x1d$8$d = x1d$7$q;
        y1d$8$d = y1d$7$q;
        x1d$9$d = x1d$8$q;
        y1d$9$d = y1d$8$q;
        c0$1 = x1d$9$q + mul_d$1$r;
        if (c0$1 >= qm) begin
            c0$1 = c0$1 - qm;
        end
        wa$1 = jd$16$q;
        wbk$1 = kd$16$q;
        we$1 = vp$q[32'h5];
        wx$1 = mul_a$1$r;
        wy$1 = mul_b$1$r;
        if (f_fwd) begin
            wx$1 = padd$1;
            wy$1 = psub$1;
        end
        if (d2) begin
            wa$1 = jd$21$q;
            wbk$1 = kd$21$q;
            we$1 = vp$q[32'ha];
            wx$1 = c0$1;
            wy$1 = y1d$9$q;
        end
        if (~issue | wipe) begin
            jbd$1$d = 32'h0;
            kbd$1$d = 32'h0;
            jd$11$d = 32'h0;
            kd$11$d = 32'h0;
        end
        if (hold_zero) begin
            mul_a$1$a = 32'h0;
            mul_a$1$b = 32'h0;
            mul_b$1$a = 32'h0;
            mul_b$1$b = 32'h0;
            mul_c$1$a = 32'h0;
            mul_c$1$b = 32'h0;
            mul_d$1$a = 32'h0;
            mul_d$1$b = 32'h0;
            jd$12$d = 32'h0;
            kd$12$d = 32'h0;
            jd$13$d = 32'h0;
            kd$13$d = 32'h0;
            jd$14$d = 32'h0;
            kd$14$d = 32'h0;
            jd$15$d = 32'h0;
            kd$15$d = 32'h0;
            jd$16$d = 32'h0;
            kd$16$d = 32'h0;
            jd$17$d = 32'h0;
            kd$17$d = 32'h0;
            jd$18$d = 32'h0;
            kd$18$d = 32'h0;
            jd$19$d = 32'h0;
            kd$19$d = 32'h0;
            jd$20$d = 32'h0;
            kd$20$d = 32'h0;
            jd$21$d = 32'h0;
            kd$21$d = 32'h0;
            gd$5$d = 32'h0;
            x1d$5$d = 32'h0;
            y1d$5$d = 32'h0;
            gd$6$d = 32'h0;
            x1d$6$d = 32'h0;
            y1d$6$d = 32'h0;
            gd$7$d = 32'h0;
            x1d$7$d = 32'h0;
            y1d$7$d = 32'h0;
            gd$8$d = 32'h0;
            x1d$8$d = 32'h0;
            y1d$8$d = 32'h0;
            gd$9$d = 32'h0;
            x1d$9$d = 32'h0;
            y1d$9$d = 32'h0;
        end
        wa_oh$1 = ((32'h1) & 8'hff) << (wa$1 & (32'h4 - 32'h1));
        if (^(wa$1 >> 32'h2)) begin
            wa_oh$1 = ((32'h1) & 8'hff) << ((wa$1 & (32'h4 - 32'h1)) + 32'h4);
        end
        wb_oh$1 = ((32'h1) & 8'hff) << (wbk$1 & (32'h4 - 32'h1));
        if (^(wbk$1 >> 32'h2)) begin
            wb_oh$1 = ((32'h1) & 8'hff) << ((wbk$1 & (32'h4 - 32'h1)) + 32'h4);
        end
        if (we$1 & wa_oh$1[0]) begin
            bank_we$0 = 1'b1;
            bank_waddr$0 = (wa$1 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$0 = wx$1;
        end
        if (we$1 & wb_oh$1[0]) begin
            bank_we$0 = 1'b1;
            bank_waddr$0 = (wbk$1 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$0 = wy$1;
        end
        if (we$1 & wa_oh$1[1]) begin
            bank_we$1 = 1'b1;
            bank_waddr$1 = (wa$1 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$1 = wx$1;
        end
        if (we$1 & wb_oh$1[1]) begin
            bank_we$1 = 1'b1;
            bank_waddr$1 = (wbk$1 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$1 = wy$1;
        end
        if (we$1 & wa_oh$1[2]) begin
            bank_we$2 = 1'b1;
            bank_waddr$2 = (wa$1 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$2 = wx$1;
        end
        if (we$1 & wb_oh$1[2]) begin
            bank_we$2 = 1'b1;
            bank_waddr$2 = (wbk$1 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$2 = wy$1;
        end
        if (we$1 & wa_oh$1[3]) begin
            bank_we$3 = 1'b1;
            bank_waddr$3 = (wa$1 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$3 = wx$1;
        end
        if (we$1 & wb_oh$1[3]) begin
            bank_we$3 = 1'b1;
            bank_waddr$3 = (wbk$1 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$3 = wy$1;
        end
        if (we$1 & wa_oh$1[4]) begin
            bank_we$4 = 1'b1;
            bank_waddr$4 = (wa$1 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$4 = wx$1;
        end
        if (we$1 & wb_oh$1[4]) begin
            bank_we$4 = 1'b1;
            bank_waddr$4 = (wbk$1 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$4 = wy$1;
        end
        if (we$1 & wa_oh$1[5]) begin
            bank_we$5 = 1'b1;
            bank_waddr$5 = (wa$1 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$5 = wx$1;
        end
        if (we$1 & wb_oh$1[5]) begin
            bank_we$5 = 1'b1;
            bank_waddr$5 = (wbk$1 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$5 = wy$1;
        end
        if (we$1 & wa_oh$1[6]) begin
            bank_we$6 = 1'b1;
            bank_waddr$6 = (wa$1 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$6 = wx$1;
        end
        if (we$1 & wb_oh$1[6]) begin
            bank_we$6 = 1'b1;
            bank_waddr$6 = (wbk$1 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$6 = wy$1;
        end
        if (we$1 & wa_oh$1[7]) begin
            bank_we$7 = 1'b1;
            bank_waddr$7 = (wa$1 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$7 = wx$1;
        end
        if (we$1 & wb_oh$1[7]) begin
            bank_we$7 = 1'b1;
            bank_waddr$7 = (wbk$1 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$7 = wy$1;
        end
        bidx$2 = (((cnt$q) & 9'h1ff) << 32'h2) + lane_id$2;
        blk$2 = bidx$2 >> sh;
        j$2 = ((blk$2 << sh) << 32'h1) | (bidx$2 & lenm);
        k$2 = j$2 | lenb;
        jb_oh$2 = ((32'h1) & 8'hff) << (j$2 & (32'h4 - 32'h1));
        if (^(j$2 >> 32'h2)) begin
            jb_oh$2 = ((32'h1) & 8'hff) << ((j$2 & (32'h4 - 32'h1)) + 32'h4);
        end
        kb_oh$2 = ((32'h1) & 8'hff) << (k$2 & (32'h4 - 32'h1));
        if (^(k$2 >> 32'h2)) begin
            kb_oh$2 = ((32'h1) & 8'hff) << ((k$2 & (32'h4 - 32'h1)) + 32'h4);
        end
        if (issue & jb_oh$2[0]) begin
            bank_raddr$0 = (j$2 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & kb_oh$2[0]) begin
            bank_raddr$0 = (k$2 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & jb_oh$2[1]) begin
            bank_raddr$1 = (j$2 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & kb_oh$2[1]) begin
            bank_raddr$1 = (k$2 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & jb_oh$2[2]) begin
            bank_raddr$2 = (j$2 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & kb_oh$2[2]) begin
            bank_raddr$2 = (k$2 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & jb_oh$2[3]) begin
            bank_raddr$3 = (j$2 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & kb_oh$2[3]) begin
            bank_raddr$3 = (k$2 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & jb_oh$2[4]) begin
            bank_raddr$4 = (j$2 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & kb_oh$2[4]) begin
            bank_raddr$4 = (k$2 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & jb_oh$2[5]) begin
            bank_raddr$5 = (j$2 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & kb_oh$2[5]) begin
            bank_raddr$5 = (k$2 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & jb_oh$2[6]) begin
            bank_raddr$6 = (j$2 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & kb_oh$2[6]) begin
            bank_raddr$6 = (k$2 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & jb_oh$2[7]) begin
            bank_raddr$7 = (j$2 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & kb_oh$2[7]) begin
            bank_raddr$7 = (k$2 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        jbd$2$d = jb_oh$2;
        kbd$2$d = kb_oh$2;
        twi$2 = (((32'h1) & 9'h1ff) << layer$q) | blk$2;
        if (f_inv) begin
            twi$2 = (((32'h100) & 9'h1ff) >> layer$q) - 32'h1 - blk$2;
        end
        if (f_pwm) begin
            twi$2 = bidx$2 + 32'h80;
        end
        if (dsa) begin
            twi$2 = (twi$2 & 32'hff) + 32'h100;
        end
        rom$2$read_address = twi$2;
        jd$22$d = j$2;
        kd$22$d = k$2;
        jd$23$d = jd$22$q;
        kd$23$d = kd$22$q;
        jd$24$d = jd$23$q;
        kd$24$d = kd$23$q;
        jd$25$d = jd$24$q;
        kd$25$d = kd$24$q;
        jd$26$d = jd$25$q;
        kd$26$d = kd$25$q;
        jd$27$d = jd$26$q;
        kd$27$d = kd$26$q;
        jd$28$d = jd$27$q;
        kd$28$d = kd$27$q;
        jd$29$d = jd$28$q;
        kd$29$d = kd$28$q;
        jd$30$d = jd$29$q;
        kd$30$d = kd$29$q;
        jd$31$d = jd$30$q;
        kd$31$d = kd$30$q;
        jd$32$d = jd$31$q;
        kd$32$d = kd$31$q;
        a0$2 = 32'h0;
        a1$2 = 32'h0;
        b0$2 = 32'h0;
        b1$2 = 32'h0;
        if (jbd$2$q[0]) begin
            a0$2 = ram_a$0$read_data;
            b0$2 = ram_b$0$read_data;
        end
        if (kbd$2$q[0]) begin
            a1$2 = ram_a$0$read_data;
            b1$2 = ram_b$0$read_data;
        end
        if (jbd$2$q[1]) begin
            a0$2 = ram_a$1$read_data;
            b0$2 = ram_b$1$read_data;
        end
        if (kbd$2$q[1]) begin
            a1$2 = ram_a$1$read_data;
            b1$2 = ram_b$1$read_data;
        end
        if (jbd$2$q[2]) begin
            a0$2 = ram_a$2$read_data;
            b0$2 = ram_b$2$read_data;
        end
        if (kbd$2$q[2]) begin
            a1$2 = ram_a$2$read_data;
            b1$2 = ram_b$2$read_data;
        end
        if (jbd$2$q[3]) begin
            a0$2 = ram_a$3$read_data;
            b0$2 = ram_b$3$read_data;
        end
        if (kbd$2$q[3]) begin
            a1$2 = ram_a$3$read_data;
            b1$2 = ram_b$3$read_data;
        end
        if (jbd$2$q[4]) begin
            a0$2 = ram_a$4$read_data;
            b0$2 = ram_b$4$read_data;
        end
        if (kbd$2$q[4]) begin
            a1$2 = ram_a$4$read_data;
            b1$2 = ram_b$4$read_data;
        end
        if (jbd$2$q[5]) begin
            a0$2 = ram_a$5$read_data;
            b0$2 = ram_b$5$read_data;
        end
        if (kbd$2$q[5]) begin
            a1$2 = ram_a$5$read_data;
            b1$2 = ram_b$5$read_data;
        end
        if (jbd$2$q[6]) begin
            a0$2 = ram_a$6$read_data;
            b0$2 = ram_b$6$read_data;
        end
        if (kbd$2$q[6]) begin
            a1$2 = ram_a$6$read_data;
            b1$2 = ram_b$6$read_data;
        end
        if (jbd$2$q[7]) begin
            a0$2 = ram_a$7$read_data;
            b0$2 = ram_b$7$read_data;
        end
        if (kbd$2$q[7]) begin
            a1$2 = ram_a$7$read_data;
            b1$2 = ram_b$7$read_data;
        end
        if (vp$q[32'h0] & first_d$q & ((a0$2 >= qm) | (a1$2 >= qm))) begin
            abort = 1'b1;
        end
        if (vp$q[32'h0] & first_d$q & f_bin & ((b0$2 >= qm) | (b1$2 >= qm))) begin
            abort = 1'b1;
        end
        tw$2 = rom$2$read_data;
        p1y$2 = a1$2;
        p1s$2 = 1'b0;
        p2x$2 = a1$2;
        p2y$2 = a0$2;
        p2s$2 = 1'b1;
        if (f_pwm) begin
            p2x$2 = b0$2;
            p2y$2 = b1$2;
            p2s$2 = 1'b0;
        end
        if (f_add | f_sub) begin
            p1y$2 = b0$2;
            p1s$2 = f_sub;
            p2x$2 = a1$2;
            p2y$2 = b1$2;
            p2s$2 = f_sub;
        end
        pre1$2 = a0$2 + p1y$2;
        if (p1s$2) begin
            pre1$2 = a0$2 + qm - p1y$2;
        end
        if (pre1$2 >= qm) begin
            pre1$2 = pre1$2 - qm;
        end
        pre2$2 = p2x$2 + p2y$2;
        if (p2s$2) begin
            pre2$2 = p2x$2 + qm - p2y$2;
        end
        if (pre2$2 >= qm) begin
            pre2$2 = pre2$2 - qm;
        end
        mul_a$2$a = pre1$2;
        mul_a$2$b = 32'h1;
        mul_b$2$a = pre2$2;
        mul_b$2$b = 32'h1;
        if (f_fwd) begin
            mul_a$2$a = a0$2;
            mul_b$2$a = a1$2;
            mul_b$2$b = tw$2;
        end
        if (f_inv) begin
            mul_b$2$b = tw$2;
            if (inv_last_d$q) begin
                if (dsa) begin
                    mul_a$2$b = ninv_dsa;
                    mul_b$2$b = zninv_dsa;
                end
                else begin
                    mul_a$2$b = ninv_kem;
                    mul_b$2$b = zninv_kem;
                end
            end
        end
        if (f_pwm) begin
            mul_a$2$a = a0$2;
            mul_a$2$b = b0$2;
            mul_b$2$a = a1$2;
            mul_b$2$b = b1$2;
        end
        mul_c$2$a = pre1$2;
        mul_c$2$b = pre2$2;
        gd$10$d = tw$2;
        gd$11$d = gd$10$q;
        gd$12$d = gd$11$q;
        gd$13$d = gd$12$q;
        gd$14$d = gd$13$q;
        padd$2 = mul_a$2$r + mul_b$2$r;
        if (padd$2 >= qm) begin
            padd$2 = padd$2 - qm;
        end
        psub$2 = mul_a$2$r + qm - mul_b$2$r;
        if (psub$2 >= qm) begin
            psub$2 = psub$2 - qm;
        end
        t1$2 = mul_c$2$r + qm - mul_a$2$r;
        if (t1$2 >= qm) begin
            t1$2 = t1$2 - qm;
        end
        y1$2 = t1$2 + qm - mul_b$2$r;
        if (y1$2 >= qm) begin
            y1$2 = y1$2 - qm;
        end
        mul_d$2$a = mul_b$2$r;
        mul_d$2$b = gd$14$q;
        x1d$10$d = mul_a$2$r;
        y1d$10$d = y1$2;
        x1d$11$d = x1d$10$q;
        y1d$11$d = y1d$10$q;
        x1d$12$d = x1d$11$q;
        y1d$12$d = y1d$11$q;
        x1d$13$d = x1d$12$q;
        y1d$13$d = y1d$12$q;
        x1d$14$d = x1d$13$q;
        y1d$14$d = y1d$13$q;
        c0$2 = x1d$14$q + mul_d$2$r;
        if (c0$2 >= qm) begin
            c0$2 = c0$2 - qm;
        end
        wa$2 = jd$27$q;
        wbk$2 = kd$27$q;
        we$2 = vp$q[32'h5];
        wx$2 = mul_a$2$r;
        wy$2 = mul_b$2$r;
        if (f_fwd) begin
            wx$2 = padd$2;
            wy$2 = psub$2;
        end
        if (d2) begin
            wa$2 = jd$32$q;
            wbk$2 = kd$32$q;
            we$2 = vp$q[32'ha];
            wx$2 = c0$2;
            wy$2 = y1d$14$q;
        end
        if (~issue | wipe) begin
            jbd$2$d = 32'h0;
            kbd$2$d = 32'h0;
            jd$22$d = 32'h0;
            kd$22$d = 32'h0;
        end
        if (hold_zero) begin
            mul_a$2$a = 32'h0;
            mul_a$2$b = 32'h0;
            mul_b$2$a = 32'h0;
            mul_b$2$b = 32'h0;
            mul_c$2$a = 32'h0;
            mul_c$2$b = 32'h0;
            mul_d$2$a = 32'h0;
            mul_d$2$b = 32'h0;
            jd$23$d = 32'h0;
            kd$23$d = 32'h0;
            jd$24$d = 32'h0;
            kd$24$d = 32'h0;
            jd$25$d = 32'h0;
            kd$25$d = 32'h0;
            jd$26$d = 32'h0;
            kd$26$d = 32'h0;
            jd$27$d = 32'h0;
            kd$27$d = 32'h0;
            jd$28$d = 32'h0;
            kd$28$d = 32'h0;
            jd$29$d = 32'h0;
            kd$29$d = 32'h0;
            jd$30$d = 32'h0;
            kd$30$d = 32'h0;
            jd$31$d = 32'h0;
            kd$31$d = 32'h0;
            jd$32$d = 32'h0;
            kd$32$d = 32'h0;
            gd$10$d = 32'h0;
            x1d$10$d = 32'h0;
            y1d$10$d = 32'h0;
            gd$11$d = 32'h0;
            x1d$11$d = 32'h0;
            y1d$11$d = 32'h0;
            gd$12$d = 32'h0;
            x1d$12$d = 32'h0;
            y1d$12$d = 32'h0;
            gd$13$d = 32'h0;
            x1d$13$d = 32'h0;
            y1d$13$d = 32'h0;
            gd$14$d = 32'h0;
            x1d$14$d = 32'h0;
            y1d$14$d = 32'h0;
        end
        wa_oh$2 = ((32'h1) & 8'hff) << (wa$2 & (32'h4 - 32'h1));
        if (^(wa$2 >> 32'h2)) begin
            wa_oh$2 = ((32'h1) & 8'hff) << ((wa$2 & (32'h4 - 32'h1)) + 32'h4);
        end
        wb_oh$2 = ((32'h1) & 8'hff) << (wbk$2 & (32'h4 - 32'h1));
        if (^(wbk$2 >> 32'h2)) begin
            wb_oh$2 = ((32'h1) & 8'hff) << ((wbk$2 & (32'h4 - 32'h1)) + 32'h4);
        end
        if (we$2 & wa_oh$2[0]) begin
            bank_we$0 = 1'b1;
            bank_waddr$0 = (wa$2 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$0 = wx$2;
        end
        if (we$2 & wb_oh$2[0]) begin
            bank_we$0 = 1'b1;
            bank_waddr$0 = (wbk$2 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$0 = wy$2;
        end
        if (we$2 & wa_oh$2[1]) begin
            bank_we$1 = 1'b1;
            bank_waddr$1 = (wa$2 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$1 = wx$2;
        end
        if (we$2 & wb_oh$2[1]) begin
            bank_we$1 = 1'b1;
            bank_waddr$1 = (wbk$2 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$1 = wy$2;
        end
        if (we$2 & wa_oh$2[2]) begin
            bank_we$2 = 1'b1;
            bank_waddr$2 = (wa$2 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$2 = wx$2;
        end
        if (we$2 & wb_oh$2[2]) begin
            bank_we$2 = 1'b1;
            bank_waddr$2 = (wbk$2 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$2 = wy$2;
        end
        if (we$2 & wa_oh$2[3]) begin
            bank_we$3 = 1'b1;
            bank_waddr$3 = (wa$2 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$3 = wx$2;
        end
        if (we$2 & wb_oh$2[3]) begin
            bank_we$3 = 1'b1;
            bank_waddr$3 = (wbk$2 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$3 = wy$2;
        end
        if (we$2 & wa_oh$2[4]) begin
            bank_we$4 = 1'b1;
            bank_waddr$4 = (wa$2 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$4 = wx$2;
        end
        if (we$2 & wb_oh$2[4]) begin
            bank_we$4 = 1'b1;
            bank_waddr$4 = (wbk$2 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$4 = wy$2;
        end
        if (we$2 & wa_oh$2[5]) begin
            bank_we$5 = 1'b1;
            bank_waddr$5 = (wa$2 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$5 = wx$2;
        end
        if (we$2 & wb_oh$2[5]) begin
            bank_we$5 = 1'b1;
            bank_waddr$5 = (wbk$2 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$5 = wy$2;
        end
        if (we$2 & wa_oh$2[6]) begin
            bank_we$6 = 1'b1;
            bank_waddr$6 = (wa$2 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$6 = wx$2;
        end
        if (we$2 & wb_oh$2[6]) begin
            bank_we$6 = 1'b1;
            bank_waddr$6 = (wbk$2 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$6 = wy$2;
        end
        if (we$2 & wa_oh$2[7]) begin
            bank_we$7 = 1'b1;
            bank_waddr$7 = (wa$2 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$7 = wx$2;
        end
        if (we$2 & wb_oh$2[7]) begin
            bank_we$7 = 1'b1;
            bank_waddr$7 = (wbk$2 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$7 = wy$2;
        end
        bidx$3 = (((cnt$q) & 9'h1ff) << 32'h2) + lane_id$3;
        blk$3 = bidx$3 >> sh;
        j$3 = ((blk$3 << sh) << 32'h1) | (bidx$3 & lenm);
        k$3 = j$3 | lenb;
        jb_oh$3 = ((32'h1) & 8'hff) << (j$3 & (32'h4 - 32'h1));
        if (^(j$3 >> 32'h2)) begin
            jb_oh$3 = ((32'h1) & 8'hff) << ((j$3 & (32'h4 - 32'h1)) + 32'h4);
        end
        kb_oh$3 = ((32'h1) & 8'hff) << (k$3 & (32'h4 - 32'h1));
        if (^(k$3 >> 32'h2)) begin
            kb_oh$3 = ((32'h1) & 8'hff) << ((k$3 & (32'h4 - 32'h1)) + 32'h4);
        end
        if (issue & jb_oh$3[0]) begin
            bank_raddr$0 = (j$3 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & kb_oh$3[0]) begin
            bank_raddr$0 = (k$3 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & jb_oh$3[1]) begin
            bank_raddr$1 = (j$3 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & kb_oh$3[1]) begin
            bank_raddr$1 = (k$3 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & jb_oh$3[2]) begin
            bank_raddr$2 = (j$3 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & kb_oh$3[2]) begin
            bank_raddr$2 = (k$3 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & jb_oh$3[3]) begin
            bank_raddr$3 = (j$3 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & kb_oh$3[3]) begin
            bank_raddr$3 = (k$3 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & jb_oh$3[4]) begin
            bank_raddr$4 = (j$3 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & kb_oh$3[4]) begin
            bank_raddr$4 = (k$3 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & jb_oh$3[5]) begin
            bank_raddr$5 = (j$3 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & kb_oh$3[5]) begin
            bank_raddr$5 = (k$3 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & jb_oh$3[6]) begin
            bank_raddr$6 = (j$3 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & kb_oh$3[6]) begin
            bank_raddr$6 = (k$3 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & jb_oh$3[7]) begin
            bank_raddr$7 = (j$3 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        if (issue & kb_oh$3[7]) begin
            bank_raddr$7 = (k$3 >> (32'h2 + 32'h1)) | rd_slot_a;
        end
        jbd$3$d = jb_oh$3;
        kbd$3$d = kb_oh$3;
        twi$3 = (((32'h1) & 9'h1ff) << layer$q) | blk$3;
        if (f_inv) begin
            twi$3 = (((32'h100) & 9'h1ff) >> layer$q) - 32'h1 - blk$3;
        end
        if (f_pwm) begin
            twi$3 = bidx$3 + 32'h80;
        end
        if (dsa) begin
            twi$3 = (twi$3 & 32'hff) + 32'h100;
        end
        rom$3$read_address = twi$3;
        jd$33$d = j$3;
        kd$33$d = k$3;
        jd$34$d = jd$33$q;
        kd$34$d = kd$33$q;
        jd$35$d = jd$34$q;
        kd$35$d = kd$34$q;
        jd$36$d = jd$35$q;
        kd$36$d = kd$35$q;
        jd$37$d = jd$36$q;
        kd$37$d = kd$36$q;
        jd$38$d = jd$37$q;
        kd$38$d = kd$37$q;
        jd$39$d = jd$38$q;
        kd$39$d = kd$38$q;
        jd$40$d = jd$39$q;
        kd$40$d = kd$39$q;
        jd$41$d = jd$40$q;
        kd$41$d = kd$40$q;
        jd$42$d = jd$41$q;
        kd$42$d = kd$41$q;
        jd$43$d = jd$42$q;
        kd$43$d = kd$42$q;
        a0$3 = 32'h0;
        a1$3 = 32'h0;
        b0$3 = 32'h0;
        b1$3 = 32'h0;
        if (jbd$3$q[0]) begin
            a0$3 = ram_a$0$read_data;
            b0$3 = ram_b$0$read_data;
        end
        if (kbd$3$q[0]) begin
            a1$3 = ram_a$0$read_data;
            b1$3 = ram_b$0$read_data;
        end
        if (jbd$3$q[1]) begin
            a0$3 = ram_a$1$read_data;
            b0$3 = ram_b$1$read_data;
        end
        if (kbd$3$q[1]) begin
            a1$3 = ram_a$1$read_data;
            b1$3 = ram_b$1$read_data;
        end
        if (jbd$3$q[2]) begin
            a0$3 = ram_a$2$read_data;
            b0$3 = ram_b$2$read_data;
        end
        if (kbd$3$q[2]) begin
            a1$3 = ram_a$2$read_data;
            b1$3 = ram_b$2$read_data;
        end
        if (jbd$3$q[3]) begin
            a0$3 = ram_a$3$read_data;
            b0$3 = ram_b$3$read_data;
        end
        if (kbd$3$q[3]) begin
            a1$3 = ram_a$3$read_data;
            b1$3 = ram_b$3$read_data;
        end
        if (jbd$3$q[4]) begin
            a0$3 = ram_a$4$read_data;
            b0$3 = ram_b$4$read_data;
        end
        if (kbd$3$q[4]) begin
            a1$3 = ram_a$4$read_data;
            b1$3 = ram_b$4$read_data;
        end
        if (jbd$3$q[5]) begin
            a0$3 = ram_a$5$read_data;
            b0$3 = ram_b$5$read_data;
        end
        if (kbd$3$q[5]) begin
            a1$3 = ram_a$5$read_data;
            b1$3 = ram_b$5$read_data;
        end
        if (jbd$3$q[6]) begin
            a0$3 = ram_a$6$read_data;
            b0$3 = ram_b$6$read_data;
        end
        if (kbd$3$q[6]) begin
            a1$3 = ram_a$6$read_data;
            b1$3 = ram_b$6$read_data;
        end
        if (jbd$3$q[7]) begin
            a0$3 = ram_a$7$read_data;
            b0$3 = ram_b$7$read_data;
        end
        if (kbd$3$q[7]) begin
            a1$3 = ram_a$7$read_data;
            b1$3 = ram_b$7$read_data;
        end
        if (vp$q[32'h0] & first_d$q & ((a0$3 >= qm) | (a1$3 >= qm))) begin
            abort = 1'b1;
        end
        if (vp$q[32'h0] & first_d$q & f_bin & ((b0$3 >= qm) | (b1$3 >= qm))) begin
            abort = 1'b1;
        end
        tw$3 = rom$3$read_data;
        p1y$3 = a1$3;
        p1s$3 = 1'b0;
        p2x$3 = a1$3;
        p2y$3 = a0$3;
        p2s$3 = 1'b1;
        if (f_pwm) begin
            p2x$3 = b0$3;
            p2y$3 = b1$3;
            p2s$3 = 1'b0;
        end
        if (f_add | f_sub) begin
            p1y$3 = b0$3;
            p1s$3 = f_sub;
            p2x$3 = a1$3;
            p2y$3 = b1$3;
            p2s$3 = f_sub;
        end
        pre1$3 = a0$3 + p1y$3;
        if (p1s$3) begin
            pre1$3 = a0$3 + qm - p1y$3;
        end
        if (pre1$3 >= qm) begin
            pre1$3 = pre1$3 - qm;
        end
        pre2$3 = p2x$3 + p2y$3;
        if (p2s$3) begin
            pre2$3 = p2x$3 + qm - p2y$3;
        end
        if (pre2$3 >= qm) begin
            pre2$3 = pre2$3 - qm;
        end
        mul_a$3$a = pre1$3;
        mul_a$3$b = 32'h1;
        mul_b$3$a = pre2$3;
        mul_b$3$b = 32'h1;
        if (f_fwd) begin
            mul_a$3$a = a0$3;
            mul_b$3$a = a1$3;
            mul_b$3$b = tw$3;
        end
        if (f_inv) begin
            mul_b$3$b = tw$3;
            if (inv_last_d$q) begin
                if (dsa) begin
                    mul_a$3$b = ninv_dsa;
                    mul_b$3$b = zninv_dsa;
                end
                else begin
                    mul_a$3$b = ninv_kem;
                    mul_b$3$b = zninv_kem;
                end
            end
        end
        if (f_pwm) begin
            mul_a$3$a = a0$3;
            mul_a$3$b = b0$3;
            mul_b$3$a = a1$3;
            mul_b$3$b = b1$3;
        end
        mul_c$3$a = pre1$3;
        mul_c$3$b = pre2$3;
        gd$15$d = tw$3;
        gd$16$d = gd$15$q;
        gd$17$d = gd$16$q;
        gd$18$d = gd$17$q;
        gd$19$d = gd$18$q;
        padd$3 = mul_a$3$r + mul_b$3$r;
        if (padd$3 >= qm) begin
            padd$3 = padd$3 - qm;
        end
        psub$3 = mul_a$3$r + qm - mul_b$3$r;
        if (psub$3 >= qm) begin
            psub$3 = psub$3 - qm;
        end
        t1$3 = mul_c$3$r + qm - mul_a$3$r;
        if (t1$3 >= qm) begin
            t1$3 = t1$3 - qm;
        end
        y1$3 = t1$3 + qm - mul_b$3$r;
        if (y1$3 >= qm) begin
            y1$3 = y1$3 - qm;
        end
        mul_d$3$a = mul_b$3$r;
        mul_d$3$b = gd$19$q;
        x1d$15$d = mul_a$3$r;
        y1d$15$d = y1$3;
        x1d$16$d = x1d$15$q;
        y1d$16$d = y1d$15$q;
        x1d$17$d = x1d$16$q;
        y1d$17$d = y1d$16$q;
        x1d$18$d = x1d$17$q;
        y1d$18$d = y1d$17$q;
        x1d$19$d = x1d$18$q;
        y1d$19$d = y1d$18$q;
        c0$3 = x1d$19$q + mul_d$3$r;
        if (c0$3 >= qm) begin
            c0$3 = c0$3 - qm;
        end
        wa$3 = jd$38$q;
        wbk$3 = kd$38$q;
        we$3 = vp$q[32'h5];
        wx$3 = mul_a$3$r;
        wy$3 = mul_b$3$r;
        if (f_fwd) begin
            wx$3 = padd$3;
            wy$3 = psub$3;
        end
        if (d2) begin
            wa$3 = jd$43$q;
            wbk$3 = kd$43$q;
            we$3 = vp$q[32'ha];
            wx$3 = c0$3;
            wy$3 = y1d$19$q;
        end
        if (~issue | wipe) begin
            jbd$3$d = 32'h0;
            kbd$3$d = 32'h0;
            jd$33$d = 32'h0;
            kd$33$d = 32'h0;
        end
        if (hold_zero) begin
            mul_a$3$a = 32'h0;
            mul_a$3$b = 32'h0;
            mul_b$3$a = 32'h0;
            mul_b$3$b = 32'h0;
            mul_c$3$a = 32'h0;
            mul_c$3$b = 32'h0;
            mul_d$3$a = 32'h0;
            mul_d$3$b = 32'h0;
            jd$34$d = 32'h0;
            kd$34$d = 32'h0;
            jd$35$d = 32'h0;
            kd$35$d = 32'h0;
            jd$36$d = 32'h0;
            kd$36$d = 32'h0;
            jd$37$d = 32'h0;
            kd$37$d = 32'h0;
            jd$38$d = 32'h0;
            kd$38$d = 32'h0;
            jd$39$d = 32'h0;
            kd$39$d = 32'h0;
            jd$40$d = 32'h0;
            kd$40$d = 32'h0;
            jd$41$d = 32'h0;
            kd$41$d = 32'h0;
            jd$42$d = 32'h0;
            kd$42$d = 32'h0;
            jd$43$d = 32'h0;
            kd$43$d = 32'h0;
            gd$15$d = 32'h0;
            x1d$15$d = 32'h0;
            y1d$15$d = 32'h0;
            gd$16$d = 32'h0;
            x1d$16$d = 32'h0;
            y1d$16$d = 32'h0;
            gd$17$d = 32'h0;
            x1d$17$d = 32'h0;
            y1d$17$d = 32'h0;
            gd$18$d = 32'h0;
            x1d$18$d = 32'h0;
            y1d$18$d = 32'h0;
            gd$19$d = 32'h0;
            x1d$19$d = 32'h0;
            y1d$19$d = 32'h0;
        end
        wa_oh$3 = ((32'h1) & 8'hff) << (wa$3 & (32'h4 - 32'h1));
        if (^(wa$3 >> 32'h2)) begin
            wa_oh$3 = ((32'h1) & 8'hff) << ((wa$3 & (32'h4 - 32'h1)) + 32'h4);
        end
        wb_oh$3 = ((32'h1) & 8'hff) << (wbk$3 & (32'h4 - 32'h1));
        if (^(wbk$3 >> 32'h2)) begin
            wb_oh$3 = ((32'h1) & 8'hff) << ((wbk$3 & (32'h4 - 32'h1)) + 32'h4);
        end
        if (we$3 & wa_oh$3[0]) begin
            bank_we$0 = 1'b1;
            bank_waddr$0 = (wa$3 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$0 = wx$3;
        end
        if (we$3 & wb_oh$3[0]) begin
            bank_we$0 = 1'b1;
            bank_waddr$0 = (wbk$3 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$0 = wy$3;
        end
        if (we$3 & wa_oh$3[1]) begin
            bank_we$1 = 1'b1;
            bank_waddr$1 = (wa$3 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$1 = wx$3;
        end
        if (we$3 & wb_oh$3[1]) begin
            bank_we$1 = 1'b1;
            bank_waddr$1 = (wbk$3 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$1 = wy$3;
        end
        if (we$3 & wa_oh$3[2]) begin
            bank_we$2 = 1'b1;
            bank_waddr$2 = (wa$3 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$2 = wx$3;
        end
        if (we$3 & wb_oh$3[2]) begin
            bank_we$2 = 1'b1;
            bank_waddr$2 = (wbk$3 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$2 = wy$3;
        end
        if (we$3 & wa_oh$3[3]) begin
            bank_we$3 = 1'b1;
            bank_waddr$3 = (wa$3 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$3 = wx$3;
        end
        if (we$3 & wb_oh$3[3]) begin
            bank_we$3 = 1'b1;
            bank_waddr$3 = (wbk$3 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$3 = wy$3;
        end
        if (we$3 & wa_oh$3[4]) begin
            bank_we$4 = 1'b1;
            bank_waddr$4 = (wa$3 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$4 = wx$3;
        end
        if (we$3 & wb_oh$3[4]) begin
            bank_we$4 = 1'b1;
            bank_waddr$4 = (wbk$3 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$4 = wy$3;
        end
        if (we$3 & wa_oh$3[5]) begin
            bank_we$5 = 1'b1;
            bank_waddr$5 = (wa$3 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$5 = wx$3;
        end
        if (we$3 & wb_oh$3[5]) begin
            bank_we$5 = 1'b1;
            bank_waddr$5 = (wbk$3 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$5 = wy$3;
        end
        if (we$3 & wa_oh$3[6]) begin
            bank_we$6 = 1'b1;
            bank_waddr$6 = (wa$3 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$6 = wx$3;
        end
        if (we$3 & wb_oh$3[6]) begin
            bank_we$6 = 1'b1;
            bank_waddr$6 = (wbk$3 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$6 = wy$3;
        end
        if (we$3 & wa_oh$3[7]) begin
            bank_we$7 = 1'b1;
            bank_waddr$7 = (wa$3 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$7 = wx$3;
        end
        if (we$3 & wb_oh$3[7]) begin
            bank_we$7 = 1'b1;
            bank_waddr$7 = (wbk$3 >> (32'h2 + 32'h1)) | wr_slot;
            bank_wdata$7 = wy$3;
        end
        host_acc = mem_re$0 | mem_re$1 | mem_re$2 | mem_re$3 | mem_we$0 | mem_we$1 | mem_we$2 | mem_we$3;
        host_act$0 = mem_re$0 | mem_we$0;
        host_slot$0 = ((mem_idx$0 >> 32'h8) & 4'hf);
        host_x$0 = ((mem_idx$0 & 32'hff) & 9'h1ff);
        host_row$0 = (host_x$0 >> (32'h2 + 32'h1)) | (((host_slot$0) & 9'h1ff) << 32'h5);
        host_oh$0 = ((32'h1) & 8'hff) << (host_x$0 & (32'h4 - 32'h1));
        if (^(host_x$0 >> 32'h2)) begin
            host_oh$0 = ((32'h1) & 8'hff) << ((host_x$0 & (32'h4 - 32'h1)) + 32'h4);
        end
        host_act$1 = mem_re$1 | mem_we$1;
        host_slot$1 = ((mem_idx$1 >> 32'h8) & 4'hf);
        host_x$1 = ((mem_idx$1 & 32'hff) & 9'h1ff);
        host_row$1 = (host_x$1 >> (32'h2 + 32'h1)) | (((host_slot$1) & 9'h1ff) << 32'h5);
        host_oh$1 = ((32'h1) & 8'hff) << (host_x$1 & (32'h4 - 32'h1));
        if (^(host_x$1 >> 32'h2)) begin
            host_oh$1 = ((32'h1) & 8'hff) << ((host_x$1 & (32'h4 - 32'h1)) + 32'h4);
        end
        host_act$2 = mem_re$2 | mem_we$2;
        host_slot$2 = ((mem_idx$2 >> 32'h8) & 4'hf);
        host_x$2 = ((mem_idx$2 & 32'hff) & 9'h1ff);
        host_row$2 = (host_x$2 >> (32'h2 + 32'h1)) | (((host_slot$2) & 9'h1ff) << 32'h5);
        host_oh$2 = ((32'h1) & 8'hff) << (host_x$2 & (32'h4 - 32'h1));
        if (^(host_x$2 >> 32'h2)) begin
            host_oh$2 = ((32'h1) & 8'hff) << ((host_x$2 & (32'h4 - 32'h1)) + 32'h4);
        end
        host_act$3 = mem_re$3 | mem_we$3;
        host_slot$3 = ((mem_idx$3 >> 32'h8) & 4'hf);
        host_x$3 = ((mem_idx$3 & 32'hff) & 9'h1ff);
        host_row$3 = (host_x$3 >> (32'h2 + 32'h1)) | (((host_slot$3) & 9'h1ff) << 32'h5);
        host_oh$3 = ((32'h1) & 8'hff) << (host_x$3 & (32'h4 - 32'h1));
        if (^(host_x$3 >> 32'h2)) begin
            host_oh$3 = ((32'h1) & 8'hff) << ((host_x$3 & (32'h4 - 32'h1)) + 32'h4);
        end
        host_bad_slot = (host_act$0 & |(host_slot$0 >> 32'h4)) | (host_act$1 & |(host_slot$1 >> 32'h4)) | (host_act$2 & |(host_slot$2 >> 32'h4)) | (host_act$3 & |(host_slot$3 >> 32'h4));
        host_conflict = (host_act$0 & host_act$1 & |(host_oh$0 & host_oh$1)) | (host_act$0 & host_act$2 & |(host_oh$0 & host_oh$2)) | (host_act$0 & host_act$3 & |(host_oh$0 & host_oh$3)) | (host_act$1 & host_act$2 & |(host_oh$1 & host_oh$2)) | (host_act$1 & host_act$3 & |(host_oh$1 & host_oh$3)) | (host_act$2 & host_act$3 & |(host_oh$2 & host_oh$3));
        host_go = host_ok & ~host_bad_slot & ~host_conflict;
        bad_w = (mem_we$0 & (mem_wdata$0 >= qin)) | (mem_we$1 & (mem_wdata$1 >= qin)) | (mem_we$2 & (mem_wdata$2 >= qin)) | (mem_we$3 & (mem_wdata$3 >= qin));
        host_rd$d = (mem_re$0 | mem_re$1 | mem_re$2 | mem_re$3) & host_go;
        host_b0$d = 32'h0;
        host_b1$d = 32'h0;
        host_b2$d = 32'h0;
        host_b3$d = 32'h0;
        if (mem_re$0 & host_go) begin
            host_b0$d = host_oh$0;
        end
        if (mem_re$1 & host_go) begin
            host_b1$d = host_oh$1;
        end
        if (mem_re$2 & host_go) begin
            host_b2$d = host_oh$2;
        end
        if (mem_re$3 & host_go) begin
            host_b3$d = host_oh$3;
        end
        mem_rdata$0 = 32'h0;
        mem_rdata$1 = 32'h0;
        mem_rdata$2 = 32'h0;
        mem_rdata$3 = 32'h0;
        if (host_rd$q & host_b0$q[0]) begin
            mem_rdata$0 = ram_a$0$read_data;
        end
        if (host_rd$q & host_b1$q[0]) begin
            mem_rdata$1 = ram_a$0$read_data;
        end
        if (host_rd$q & host_b2$q[0]) begin
            mem_rdata$2 = ram_a$0$read_data;
        end
        if (host_rd$q & host_b3$q[0]) begin
            mem_rdata$3 = ram_a$0$read_data;
        end
        if (host_go & mem_re$0 & host_oh$0[0]) begin
            bank_raddr$0 = host_row$0;
        end
        if (host_go & mem_re$1 & host_oh$1[0]) begin
            bank_raddr$0 = host_row$1;
        end
        if (host_go & mem_re$2 & host_oh$2[0]) begin
            bank_raddr$0 = host_row$2;
        end
        if (host_go & mem_re$3 & host_oh$3[0]) begin
            bank_raddr$0 = host_row$3;
        end
        if (host_go & mem_we$0 & ~bad_w & host_oh$0[0]) begin
            bank_we$0 = 1'b1;
            bank_waddr$0 = host_row$0;
            bank_wdata$0 = mem_wdata$0;
        end
        if (host_go & mem_we$1 & ~bad_w & host_oh$1[0]) begin
            bank_we$0 = 1'b1;
            bank_waddr$0 = host_row$1;
            bank_wdata$0 = mem_wdata$1;
        end
        if (host_go & mem_we$2 & ~bad_w & host_oh$2[0]) begin
            bank_we$0 = 1'b1;
            bank_waddr$0 = host_row$2;
            bank_wdata$0 = mem_wdata$2;
        end
        if (host_go & mem_we$3 & ~bad_w & host_oh$3[0]) begin
            bank_we$0 = 1'b1;
            bank_waddr$0 = host_row$3;
            bank_wdata$0 = mem_wdata$3;
        end
        if (host_rd$q & host_b0$q[1]) begin
            mem_rdata$0 = ram_a$1$read_data;
        end
        if (host_rd$q & host_b1$q[1]) begin
            mem_rdata$1 = ram_a$1$read_data;
        end
        if (host_rd$q & host_b2$q[1]) begin
            mem_rdata$2 = ram_a$1$read_data;
        end
        if (host_rd$q & host_b3$q[1]) begin
            mem_rdata$3 = ram_a$1$read_data;
        end
        if (host_go & mem_re$0 & host_oh$0[1]) begin
            bank_raddr$1 = host_row$0;
        end
        if (host_go & mem_re$1 & host_oh$1[1]) begin
            bank_raddr$1 = host_row$1;
        end
        if (host_go & mem_re$2 & host_oh$2[1]) begin
            bank_raddr$1 = host_row$2;
        end
        if (host_go & mem_re$3 & host_oh$3[1]) begin
            bank_raddr$1 = host_row$3;
        end
        if (host_go & mem_we$0 & ~bad_w & host_oh$0[1]) begin
            bank_we$1 = 1'b1;
            bank_waddr$1 = host_row$0;
            bank_wdata$1 = mem_wdata$0;
        end
        if (host_go & mem_we$1 & ~bad_w & host_oh$1[1]) begin
            bank_we$1 = 1'b1;
            bank_waddr$1 = host_row$1;
            bank_wdata$1 = mem_wdata$1;
        end
        if (host_go & mem_we$2 & ~bad_w & host_oh$2[1]) begin
            bank_we$1 = 1'b1;
            bank_waddr$1 = host_row$2;
            bank_wdata$1 = mem_wdata$2;
        end
        if (host_go & mem_we$3 & ~bad_w & host_oh$3[1]) begin
            bank_we$1 = 1'b1;
            bank_waddr$1 = host_row$3;
            bank_wdata$1 = mem_wdata$3;
        end
        if (host_rd$q & host_b0$q[2]) begin
            mem_rdata$0 = ram_a$2$read_data;
        end
        if (host_rd$q & host_b1$q[2]) begin
            mem_rdata$1 = ram_a$2$read_data;
        end
        if (host_rd$q & host_b2$q[2]) begin
            mem_rdata$2 = ram_a$2$read_data;
        end
        if (host_rd$q & host_b3$q[2]) begin
            mem_rdata$3 = ram_a$2$read_data;
        end
        if (host_go & mem_re$0 & host_oh$0[2]) begin
            bank_raddr$2 = host_row$0;
        end
        if (host_go & mem_re$1 & host_oh$1[2]) begin
            bank_raddr$2 = host_row$1;
        end
        if (host_go & mem_re$2 & host_oh$2[2]) begin
            bank_raddr$2 = host_row$2;
        end
        if (host_go & mem_re$3 & host_oh$3[2]) begin
            bank_raddr$2 = host_row$3;
        end
        if (host_go & mem_we$0 & ~bad_w & host_oh$0[2]) begin
            bank_we$2 = 1'b1;
            bank_waddr$2 = host_row$0;
            bank_wdata$2 = mem_wdata$0;
        end
        if (host_go & mem_we$1 & ~bad_w & host_oh$1[2]) begin
            bank_we$2 = 1'b1;
            bank_waddr$2 = host_row$1;
            bank_wdata$2 = mem_wdata$1;
        end
        if (host_go & mem_we$2 & ~bad_w & host_oh$2[2]) begin
            bank_we$2 = 1'b1;
            bank_waddr$2 = host_row$2;
            bank_wdata$2 = mem_wdata$2;
        end
        if (host_go & mem_we$3 & ~bad_w & host_oh$3[2]) begin
            bank_we$2 = 1'b1;
            bank_waddr$2 = host_row$3;
            bank_wdata$2 = mem_wdata$3;
        end
        if (host_rd$q & host_b0$q[3]) begin
            mem_rdata$0 = ram_a$3$read_data;
        end
        if (host_rd$q & host_b1$q[3]) begin
            mem_rdata$1 = ram_a$3$read_data;
        end
        if (host_rd$q & host_b2$q[3]) begin
            mem_rdata$2 = ram_a$3$read_data;
        end
        if (host_rd$q & host_b3$q[3]) begin
            mem_rdata$3 = ram_a$3$read_data;
        end
        if (host_go & mem_re$0 & host_oh$0[3]) begin
            bank_raddr$3 = host_row$0;
        end
        if (host_go & mem_re$1 & host_oh$1[3]) begin
            bank_raddr$3 = host_row$1;
        end
        if (host_go & mem_re$2 & host_oh$2[3]) begin
            bank_raddr$3 = host_row$2;
        end
        if (host_go & mem_re$3 & host_oh$3[3]) begin
            bank_raddr$3 = host_row$3;
        end
        if (host_go & mem_we$0 & ~bad_w & host_oh$0[3]) begin
            bank_we$3 = 1'b1;
            bank_waddr$3 = host_row$0;
            bank_wdata$3 = mem_wdata$0;
        end
        if (host_go & mem_we$1 & ~bad_w & host_oh$1[3]) begin
            bank_we$3 = 1'b1;
            bank_waddr$3 = host_row$1;
            bank_wdata$3 = mem_wdata$1;
        end
        if (host_go & mem_we$2 & ~bad_w & host_oh$2[3]) begin
            bank_we$3 = 1'b1;
            bank_waddr$3 = host_row$2;
            bank_wdata$3 = mem_wdata$2;
        end
        if (host_go & mem_we$3 & ~bad_w & host_oh$3[3]) begin
            bank_we$3 = 1'b1;
            bank_waddr$3 = host_row$3;
            bank_wdata$3 = mem_wdata$3;
        end
        if (host_rd$q & host_b0$q[4]) begin
            mem_rdata$0 = ram_a$4$read_data;
        end
        if (host_rd$q & host_b1$q[4]) begin
            mem_rdata$1 = ram_a$4$read_data;
        end
        if (host_rd$q & host_b2$q[4]) begin
            mem_rdata$2 = ram_a$4$read_data;
        end
        if (host_rd$q & host_b3$q[4]) begin
            mem_rdata$3 = ram_a$4$read_data;
        end
        if (host_go & mem_re$0 & host_oh$0[4]) begin
            bank_raddr$4 = host_row$0;
        end
        if (host_go & mem_re$1 & host_oh$1[4]) begin
            bank_raddr$4 = host_row$1;
        end
        if (host_go & mem_re$2 & host_oh$2[4]) begin
            bank_raddr$4 = host_row$2;
        end
        if (host_go & mem_re$3 & host_oh$3[4]) begin
            bank_raddr$4 = host_row$3;
        end
        if (host_go & mem_we$0 & ~bad_w & host_oh$0[4]) begin
            bank_we$4 = 1'b1;
            bank_waddr$4 = host_row$0;
            bank_wdata$4 = mem_wdata$0;
        end
        if (host_go & mem_we$1 & ~bad_w & host_oh$1[4]) begin
            bank_we$4 = 1'b1;
            bank_waddr$4 = host_row$1;
            bank_wdata$4 = mem_wdata$1;
        end
        if (host_go & mem_we$2 & ~bad_w & host_oh$2[4]) begin
            bank_we$4 = 1'b1;
            bank_waddr$4 = host_row$2;
            bank_wdata$4 = mem_wdata$2;
        end
        if (host_go & mem_we$3 & ~bad_w & host_oh$3[4]) begin
            bank_we$4 = 1'b1;
            bank_waddr$4 = host_row$3;
            bank_wdata$4 = mem_wdata$3;
        end
        if (host_rd$q & host_b0$q[5]) begin
            mem_rdata$0 = ram_a$5$read_data;
        end
        if (host_rd$q & host_b1$q[5]) begin
            mem_rdata$1 = ram_a$5$read_data;
        end
        if (host_rd$q & host_b2$q[5]) begin
            mem_rdata$2 = ram_a$5$read_data;
        end
        if (host_rd$q & host_b3$q[5]) begin
            mem_rdata$3 = ram_a$5$read_data;
        end
        if (host_go & mem_re$0 & host_oh$0[5]) begin
            bank_raddr$5 = host_row$0;
        end
        if (host_go & mem_re$1 & host_oh$1[5]) begin
            bank_raddr$5 = host_row$1;
        end
        if (host_go & mem_re$2 & host_oh$2[5]) begin
            bank_raddr$5 = host_row$2;
        end
        if (host_go & mem_re$3 & host_oh$3[5]) begin
            bank_raddr$5 = host_row$3;
        end
        if (host_go & mem_we$0 & ~bad_w & host_oh$0[5]) begin
            bank_we$5 = 1'b1;
            bank_waddr$5 = host_row$0;
            bank_wdata$5 = mem_wdata$0;
        end
        if (host_go & mem_we$1 & ~bad_w & host_oh$1[5]) begin
            bank_we$5 = 1'b1;
            bank_waddr$5 = host_row$1;
            bank_wdata$5 = mem_wdata$1;
        end
        if (host_go & mem_we$2 & ~bad_w & host_oh$2[5]) begin
            bank_we$5 = 1'b1;
            bank_waddr$5 = host_row$2;
            bank_wdata$5 = mem_wdata$2;
        end
        if (host_go & mem_we$3 & ~bad_w & host_oh$3[5]) begin
            bank_we$5 = 1'b1;
            bank_waddr$5 = host_row$3;
            bank_wdata$5 = mem_wdata$3;
        end
        if (host_rd$q & host_b0$q[6]) begin
            mem_rdata$0 = ram_a$6$read_data;
        end
        if (host_rd$q & host_b1$q[6]) begin
            mem_rdata$1 = ram_a$6$read_data;
        end
        if (host_rd$q & host_b2$q[6]) begin
            mem_rdata$2 = ram_a$6$read_data;
        end
        if (host_rd$q & host_b3$q[6]) begin
            mem_rdata$3 = ram_a$6$read_data;
        end
        if (host_go & mem_re$0 & host_oh$0[6]) begin
            bank_raddr$6 = host_row$0;
        end
        if (host_go & mem_re$1 & host_oh$1[6]) begin
            bank_raddr$6 = host_row$1;
        end
        if (host_go & mem_re$2 & host_oh$2[6]) begin
            bank_raddr$6 = host_row$2;
        end
        if (host_go & mem_re$3 & host_oh$3[6]) begin
            bank_raddr$6 = host_row$3;
        end
        if (host_go & mem_we$0 & ~bad_w & host_oh$0[6]) begin
            bank_we$6 = 1'b1;
            bank_waddr$6 = host_row$0;
            bank_wdata$6 = mem_wdata$0;
        end
        if (host_go & mem_we$1 & ~bad_w & host_oh$1[6]) begin
            bank_we$6 = 1'b1;
            bank_waddr$6 = host_row$1;
            bank_wdata$6 = mem_wdata$1;
        end
        if (host_go & mem_we$2 & ~bad_w & host_oh$2[6]) begin
            bank_we$6 = 1'b1;
            bank_waddr$6 = host_row$2;
            bank_wdata$6 = mem_wdata$2;
        end
        if (host_go & mem_we$3 & ~bad_w & host_oh$3[6]) begin
            bank_we$6 = 1'b1;
            bank_waddr$6 = host_row$3;
            bank_wdata$6 = mem_wdata$3;
        end
        if (host_rd$q & host_b0$q[7]) begin
            mem_rdata$0 = ram_a$7$read_data;
        end
        if (host_rd$q & host_b1$q[7]) begin
            mem_rdata$1 = ram_a$7$read_data;
        end
        if (host_rd$q & host_b2$q[7]) begin
            mem_rdata$2 = ram_a$7$read_data;
        end
        if (host_rd$q & host_b3$q[7]) begin
            mem_rdata$3 = ram_a$7$read_data;
        end
        if (host_go & mem_re$0 & host_oh$0[7]) begin
            bank_raddr$7 = host_row$0;
        end
        if (host_go & mem_re$1 & host_oh$1[7]) begin
            bank_raddr$7 = host_row$1;
        end
        if (host_go & mem_re$2 & host_oh$2[7]) begin
            bank_raddr$7 = host_row$2;
        end
        if (host_go & mem_re$3 & host_oh$3[7]) begin
            bank_raddr$7 = host_row$3;
        end
        if (host_go & mem_we$0 & ~bad_w & host_oh$0[7]) begin
            bank_we$7 = 1'b1;
            bank_waddr$7 = host_row$0;
            bank_wdata$7 = mem_wdata$0;
        end
        if (host_go & mem_we$1 & ~bad_w & host_oh$1[7]) begin
            bank_we$7 = 1'b1;
            bank_waddr$7 = host_row$1;
            bank_wdata$7 = mem_wdata$1;
        end
        if (host_go & mem_we$2 & ~bad_w & host_oh$2[7]) begin
            bank_we$7 = 1'b1;
            bank_waddr$7 = host_row$2;
            bank_wdata$7 = mem_wdata$2;
        end
        if (host_go & mem_we$3 & ~bad_w & host_oh$3[7]) begin
            bank_we$7 = 1'b1;
            bank_waddr$7 = host_row$3;
            bank_wdata$7 = mem_wdata$3;
        end
        swaddr = sw$q;
        if (fsm$q == s_sweep_dst) begin
            swaddr = (((dst_r$q) & 9'h1ff) << 32'h5) | sw$q;
        end
        if (sweeping) begin
            bank_we$0 = 1'b1;
            bank_waddr$0 = swaddr;
            bank_wdata$0 = 32'h0;
            bank_we$1 = 1'b1;
            bank_waddr$1 = swaddr;
            bank_wdata$1 = 32'h0;
            bank_we$2 = 1'b1;
            bank_waddr$2 = swaddr;
            bank_wdata$2 = 32'h0;
            bank_we$3 = 1'b1;
            bank_waddr$3 = swaddr;
            bank_wdata$3 = 32'h0;
            bank_we$4 = 1'b1;
            bank_waddr$4 = swaddr;
            bank_wdata$4 = 32'h0;
            bank_we$5 = 1'b1;
            bank_waddr$5 = swaddr;
            bank_wdata$5 = 32'h0;
            bank_we$6 = 1'b1;
            bank_waddr$6 = swaddr;
            bank_wdata$6 = 32'h0;
            bank_we$7 = 1'b1;
            bank_waddr$7 = swaddr;
            bank_wdata$7 = 32'h0;
        end
        ram_a$0$read_address = bank_raddr$0;
        ram_b$0$read_address = (bank_raddr$0 & ((32'h1 << 32'h5) - 32'h1)) | rd_slot_b;
        ram_a$0$write_enable = bank_we$0;
        ram_a$0$write_address = bank_waddr$0;
        ram_a$0$write_data = bank_wdata$0;
        ram_b$0$write_enable = bank_we$0;
        ram_b$0$write_address = bank_waddr$0;
        ram_b$0$write_data = bank_wdata$0;
        ram_a$1$read_address = bank_raddr$1;
        ram_b$1$read_address = (bank_raddr$1 & ((32'h1 << 32'h5) - 32'h1)) | rd_slot_b;
        ram_a$1$write_enable = bank_we$1;
        ram_a$1$write_address = bank_waddr$1;
        ram_a$1$write_data = bank_wdata$1;
        ram_b$1$write_enable = bank_we$1;
        ram_b$1$write_address = bank_waddr$1;
        ram_b$1$write_data = bank_wdata$1;
        ram_a$2$read_address = bank_raddr$2;
        ram_b$2$read_address = (bank_raddr$2 & ((32'h1 << 32'h5) - 32'h1)) | rd_slot_b;
        ram_a$2$write_enable = bank_we$2;
        ram_a$2$write_address = bank_waddr$2;
        ram_a$2$write_data = bank_wdata$2;
        ram_b$2$write_enable = bank_we$2;
        ram_b$2$write_address = bank_waddr$2;
        ram_b$2$write_data = bank_wdata$2;
        ram_a$3$read_address = bank_raddr$3;
        ram_b$3$read_address = (bank_raddr$3 & ((32'h1 << 32'h5) - 32'h1)) | rd_slot_b;
        ram_a$3$write_enable = bank_we$3;
        ram_a$3$write_address = bank_waddr$3;
        ram_a$3$write_data = bank_wdata$3;
        ram_b$3$write_enable = bank_we$3;
        ram_b$3$write_address = bank_waddr$3;
        ram_b$3$write_data = bank_wdata$3;
        ram_a$4$read_address = bank_raddr$4;
        ram_b$4$read_address = (bank_raddr$4 & ((32'h1 << 32'h5) - 32'h1)) | rd_slot_b;
        ram_a$4$write_enable = bank_we$4;
        ram_a$4$write_address = bank_waddr$4;
        ram_a$4$write_data = bank_wdata$4;
        ram_b$4$write_enable = bank_we$4;
        ram_b$4$write_address = bank_waddr$4;
        ram_b$4$write_data = bank_wdata$4;
        ram_a$5$read_address = bank_raddr$5;
        ram_b$5$read_address = (bank_raddr$5 & ((32'h1 << 32'h5) - 32'h1)) | rd_slot_b;
        ram_a$5$write_enable = bank_we$5;
        ram_a$5$write_address = bank_waddr$5;
        ram_a$5$write_data = bank_wdata$5;
        ram_b$5$write_enable = bank_we$5;
        ram_b$5$write_address = bank_waddr$5;
        ram_b$5$write_data = bank_wdata$5;
        ram_a$6$read_address = bank_raddr$6;
        ram_b$6$read_address = (bank_raddr$6 & ((32'h1 << 32'h5) - 32'h1)) | rd_slot_b;
        ram_a$6$write_enable = bank_we$6;
        ram_a$6$write_address = bank_waddr$6;
        ram_a$6$write_data = bank_wdata$6;
        ram_b$6$write_enable = bank_we$6;
        ram_b$6$write_address = bank_waddr$6;
        ram_b$6$write_data = bank_wdata$6;
        ram_a$7$read_address = bank_raddr$7;
        ram_b$7$read_address = (bank_raddr$7 & ((32'h1 << 32'h5) - 32'h1)) | rd_slot_b;
        ram_a$7$write_enable = bank_we$7;
        ram_a$7$write_address = bank_waddr$7;
        ram_a$7$write_data = bank_wdata$7;
        ram_b$7$write_enable = bank_we$7;
        ram_b$7$write_address = bank_waddr$7;
        ram_b$7$write_data = bank_wdata$7;
        pending = (vp$q & 32'h3f) != 32'h0;
        if (d2) begin
            pending = (vp$q & 32'h7ff) != 32'h0;
        end
        if (issue) begin
            vp$d = (vp$q << 32'h1) | 32'h1;
        end
        else begin
            vp$d = vp$q << 32'h1;
        end
        if (fsm$q == s_idle) begin
            if (start & alarm$q) begin
                err$d = 1'b1;
                code$d = 32'h6;
            end
            else if (start & ~op_ok) begin
                err$d = 1'b1;
                code$d = 32'h1;
            end
            else if (start & start_bad_slot) begin
                err$d = 1'b1;
                code$d = 32'h7;
            end
            else if (start) begin
                err$d = 1'b0;
                code$d = 32'h0;
                mode_r$d = m_kem;
                if (mode) begin
                    mode_r$d = m_dsa;
                end
                src_a_r$d = ((src_a) & 4'hf);
                src_b_r$d = ((src_b) & 4'hf);
                dst_r$d = ((dst) & 4'hf);
                opc$d = o_sub;
                case (op)
                    0:
                        begin
                            opc$d = o_ntt;
                        end
                    1:
                        begin
                            opc$d = o_intt;
                        end
                    2:
                        begin
                            opc$d = o_pwm;
                        end
                    3:
                        begin
                            opc$d = o_add;
                        end
                    default:
                        begin
                        end
                endcase
                cnt$d = 32'h0;
                vp$d = 32'h0;
                layer$d = 32'h7;
                if (op == 32'h0) begin
                    layer$d = 32'h0;
                end
                if (op == 32'h1) begin
                    layer$d = 32'h1;
                    if (mode) begin
                        layer$d = 32'h0;
                    end
                end
                fsm$d = s_run;
            end
        end
        else if (fsm$q == s_run) begin
            if (cnt$q == 32'h1f) begin
                cnt$d = 32'h0;
                if (layer$q == last_layer) begin
                    fsm$d = s_drain;
                end
                else begin
                    layer$d = layer$q + 32'h1;
                end
            end
            else begin
                cnt$d = cnt$q + 32'h1;
            end
        end
        else if (fsm$q == s_drain) begin
            if (~pending) begin
                done_r$d = 1'b1;
                opc$d = s_idle;
                layer$d = 32'h0;
                vp$d = 32'h0;
                fsm$d = s_idle;
            end
        end
        else if (fsm$q == s_sweep_all) begin
            sw$d = sw$q + 32'h1;
            if (sw$q == 32'h1ff) begin
                sw$d = 32'h0;
                fsm$d = s_idle;
            end
        end
        else if (fsm$q == s_sweep_dst) begin
            sw$d = sw$q + 32'h1;
            if (sw$q == 32'h1f) begin
                sw$d = 32'h0;
                fsm$d = s_idle;
            end
        end
        inv_last_d$d = inv_last;
        first_d$d = layer$q == first_layer;
        if (abort) begin
            err$d = 1'b1;
            code$d = 32'h5;
            opc$d = s_idle;
            vp$d = 32'h0;
            cnt$d = 32'h0;
            layer$d = 32'h0;
            sw$d = 32'h0;
            done_r$d = 1'b0;
            fsm$d = s_sweep_dst;
        end
        if (start & ~idle) begin
            err$d = 1'b1;
            code$d = 32'h2;
        end
        if (host_acc) begin
            if (~idle) begin
                err$d = 1'b1;
                code$d = 32'h3;
            end
            else if (alarm$q) begin
                err$d = 1'b1;
                code$d = 32'h6;
            end
            else if (host_bad_slot) begin
                err$d = 1'b1;
                code$d = 32'h7;
            end
            else if (host_conflict) begin
                err$d = 1'b1;
                code$d = 32'h8;
            end
            else if (bad_w) begin
                err$d = 1'b1;
                code$d = 32'h4;
            end
        end
        if (wipe) begin
            fsm$d = s_sweep_all;
            opc$d = s_idle;
            mode_r$d = m_kem;
            src_a_r$d = 32'h0;
            src_b_r$d = 32'h0;
            dst_r$d = 32'h0;
            layer$d = 32'h0;
            cnt$d = 32'h0;
            sw$d = 32'h0;
            vp$d = 32'h0;
            inv_last_d$d = 1'b0;
            first_d$d = 1'b0;
            done_r$d = 1'b0;
        end
        if (zeroize | reset) begin
            err$d = 1'b0;
            code$d = 32'h0;
        end
        if (fault) begin
            alarm$d = 1'b1;
        end
        if (reset) begin
            alarm$d = 1'b0;
        end
        red$d = ((cnt$d) & 43'h7ffffffffff) | (((layer$d) & 43'h7ffffffffff) << 32'h7) | (((sw$d) & 43'h7ffffffffff) << 32'hb) | (((vp$d) & 43'h7ffffffffff) << 32'h14) | (((src_a_r$d) & 43'h7ffffffffff) << 32'h1f) | (((src_b_r$d) & 43'h7ffffffffff) << (32'h1f + 32'h4)) | (((dst_r$d) & 43'h7ffffffffff) << (32'h1f + 32'h2 * 32'h4));
    end
    
endmodule // mlkem_engine$mem


module mlkem_engine$mem$alarm(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$alarm


module mlkem_engine$mem$cnt(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$cnt


module mlkem_engine$mem$code(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$code


module mlkem_engine$mem$done_r(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$done_r


module mlkem_engine$mem$dst_r(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$dst_r


module mlkem_engine$mem$err(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$err


module mlkem_engine$mem$first_d(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$first_d


module mlkem_engine$mem$fsm(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$fsm


module mlkem_engine$mem$gd$0(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$gd$0


module mlkem_engine$mem$gd$1(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$gd$1


module mlkem_engine$mem$gd$10(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$gd$10


module mlkem_engine$mem$gd$11(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$gd$11


module mlkem_engine$mem$gd$12(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$gd$12


module mlkem_engine$mem$gd$13(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$gd$13


module mlkem_engine$mem$gd$14(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$gd$14


module mlkem_engine$mem$gd$15(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$gd$15


module mlkem_engine$mem$gd$16(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$gd$16


module mlkem_engine$mem$gd$17(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$gd$17


module mlkem_engine$mem$gd$18(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$gd$18


module mlkem_engine$mem$gd$19(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$gd$19


module mlkem_engine$mem$gd$2(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$gd$2


module mlkem_engine$mem$gd$3(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$gd$3


module mlkem_engine$mem$gd$4(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$gd$4


module mlkem_engine$mem$gd$5(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$gd$5


module mlkem_engine$mem$gd$6(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$gd$6


module mlkem_engine$mem$gd$7(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$gd$7


module mlkem_engine$mem$gd$8(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$gd$8


module mlkem_engine$mem$gd$9(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$gd$9


module mlkem_engine$mem$host_b0(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$host_b0


module mlkem_engine$mem$host_b1(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$host_b1


module mlkem_engine$mem$host_b2(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$host_b2


module mlkem_engine$mem$host_b3(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$host_b3


module mlkem_engine$mem$host_rd(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$host_rd


module mlkem_engine$mem$inv_last_d(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$inv_last_d


module mlkem_engine$mem$jbd$0(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$jbd$0


module mlkem_engine$mem$jbd$1(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$jbd$1


module mlkem_engine$mem$jbd$2(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$jbd$2


module mlkem_engine$mem$jbd$3(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$jbd$3


module mlkem_engine$mem$jd$0(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$jd$0


module mlkem_engine$mem$jd$1(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$jd$1


module mlkem_engine$mem$jd$10(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$jd$10


module mlkem_engine$mem$jd$11(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$jd$11


module mlkem_engine$mem$jd$12(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$jd$12


module mlkem_engine$mem$jd$13(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$jd$13


module mlkem_engine$mem$jd$14(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$jd$14


module mlkem_engine$mem$jd$15(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$jd$15


module mlkem_engine$mem$jd$16(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$jd$16


module mlkem_engine$mem$jd$17(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$jd$17


module mlkem_engine$mem$jd$18(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$jd$18


module mlkem_engine$mem$jd$19(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$jd$19


module mlkem_engine$mem$jd$2(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$jd$2


module mlkem_engine$mem$jd$20(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$jd$20


module mlkem_engine$mem$jd$21(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$jd$21


module mlkem_engine$mem$jd$22(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$jd$22


module mlkem_engine$mem$jd$23(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$jd$23


module mlkem_engine$mem$jd$24(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$jd$24


module mlkem_engine$mem$jd$25(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$jd$25


module mlkem_engine$mem$jd$26(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$jd$26


module mlkem_engine$mem$jd$27(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$jd$27


module mlkem_engine$mem$jd$28(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$jd$28


module mlkem_engine$mem$jd$29(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$jd$29


module mlkem_engine$mem$jd$3(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$jd$3


module mlkem_engine$mem$jd$30(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$jd$30


module mlkem_engine$mem$jd$31(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$jd$31


module mlkem_engine$mem$jd$32(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$jd$32


module mlkem_engine$mem$jd$33(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$jd$33


module mlkem_engine$mem$jd$34(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$jd$34


module mlkem_engine$mem$jd$35(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$jd$35


module mlkem_engine$mem$jd$36(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$jd$36


module mlkem_engine$mem$jd$37(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$jd$37


module mlkem_engine$mem$jd$38(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$jd$38


module mlkem_engine$mem$jd$39(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$jd$39


module mlkem_engine$mem$jd$4(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$jd$4


module mlkem_engine$mem$jd$40(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$jd$40


module mlkem_engine$mem$jd$41(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$jd$41


module mlkem_engine$mem$jd$42(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$jd$42


module mlkem_engine$mem$jd$43(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$jd$43


module mlkem_engine$mem$jd$5(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$jd$5


module mlkem_engine$mem$jd$6(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$jd$6


module mlkem_engine$mem$jd$7(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$jd$7


module mlkem_engine$mem$jd$8(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$jd$8


module mlkem_engine$mem$jd$9(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$jd$9


module mlkem_engine$mem$kbd$0(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$kbd$0


module mlkem_engine$mem$kbd$1(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$kbd$1


module mlkem_engine$mem$kbd$2(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$kbd$2


module mlkem_engine$mem$kbd$3(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$kbd$3


module mlkem_engine$mem$kd$0(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$kd$0


module mlkem_engine$mem$kd$1(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$kd$1


module mlkem_engine$mem$kd$10(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$kd$10


module mlkem_engine$mem$kd$11(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$kd$11


module mlkem_engine$mem$kd$12(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$kd$12


module mlkem_engine$mem$kd$13(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$kd$13


module mlkem_engine$mem$kd$14(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$kd$14


module mlkem_engine$mem$kd$15(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$kd$15


module mlkem_engine$mem$kd$16(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$kd$16


module mlkem_engine$mem$kd$17(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$kd$17


module mlkem_engine$mem$kd$18(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$kd$18


module mlkem_engine$mem$kd$19(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$kd$19


module mlkem_engine$mem$kd$2(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$kd$2


module mlkem_engine$mem$kd$20(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$kd$20


module mlkem_engine$mem$kd$21(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$kd$21


module mlkem_engine$mem$kd$22(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$kd$22


module mlkem_engine$mem$kd$23(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$kd$23


module mlkem_engine$mem$kd$24(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$kd$24


module mlkem_engine$mem$kd$25(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$kd$25


module mlkem_engine$mem$kd$26(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$kd$26


module mlkem_engine$mem$kd$27(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$kd$27


module mlkem_engine$mem$kd$28(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$kd$28


module mlkem_engine$mem$kd$29(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$kd$29


module mlkem_engine$mem$kd$3(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$kd$3


module mlkem_engine$mem$kd$30(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$kd$30


module mlkem_engine$mem$kd$31(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$kd$31


module mlkem_engine$mem$kd$32(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$kd$32


module mlkem_engine$mem$kd$33(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$kd$33


module mlkem_engine$mem$kd$34(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$kd$34


module mlkem_engine$mem$kd$35(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$kd$35


module mlkem_engine$mem$kd$36(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$kd$36


module mlkem_engine$mem$kd$37(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$kd$37


module mlkem_engine$mem$kd$38(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$kd$38


module mlkem_engine$mem$kd$39(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$kd$39


module mlkem_engine$mem$kd$4(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$kd$4


module mlkem_engine$mem$kd$40(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$kd$40


module mlkem_engine$mem$kd$41(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$kd$41


module mlkem_engine$mem$kd$42(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$kd$42


module mlkem_engine$mem$kd$43(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$kd$43


module mlkem_engine$mem$kd$5(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$kd$5


module mlkem_engine$mem$kd$6(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$kd$6


module mlkem_engine$mem$kd$7(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$kd$7


module mlkem_engine$mem$kd$8(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$kd$8


module mlkem_engine$mem$kd$9(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$kd$9


module mlkem_engine$mem$layer(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$layer


module mlkem_engine$mem$mode_r(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mode_r


module mlkem_engine$mem$mul_a$0(clock,dsa,a,b,r);
    
    // Module arguments
    input wire  clock;
    input wire  dsa;
    input wire  [23:0] a;
    input wire  [23:0] b;
    output reg  [23:0] r;
    
    // Stub signals
    reg  [23:0] ra$d;
    wire  [23:0] ra$q;
    reg  ra$clock;
    reg  [23:0] rb$d;
    wire  [23:0] rb$q;
    reg  rb$clock;
    reg  [31:0] pll$d;
    wire  [31:0] pll$q;
    reg  pll$clock;
    reg  [31:0] plh$d;
    wire  [31:0] plh$q;
    reg  plh$clock;
    reg  [31:0] phl$d;
    wire  [31:0] phl$q;
    reg  phl$clock;
    reg  [31:0] phh$d;
    wire  [31:0] phh$q;
    reg  phh$clock;
    reg  [47:0] p3$d;
    wire  [47:0] p3$q;
    reg  p3$clock;
    reg  [31:0] bll$d;
    wire  [31:0] bll$q;
    reg  bll$clock;
    reg  [31:0] blh$d;
    wire  [31:0] blh$q;
    reg  blh$clock;
    reg  [31:0] bhl$d;
    wire  [31:0] bhl$q;
    reg  bhl$clock;
    reg  [31:0] bhh$d;
    wire  [31:0] bhh$q;
    reg  bhh$clock;
    reg  [47:0] p4$d;
    wire  [47:0] p4$q;
    reg  p4$clock;
    reg  [23:0] res$d;
    wire  [23:0] res$q;
    reg  res$clock;
    
    // Local signals
    reg  [15:0] al;
    reg  [15:0] ah;
    reg  [15:0] bl;
    reg  [15:0] bh;
    reg  [23:0] t;
    reg  [23:0] m;
    reg  [15:0] tl;
    reg  [15:0] th;
    reg  [15:0] ml;
    reg  [15:0] mh;
    reg  [47:0] tm;
    reg  [24:0] qh;
    reg  [24:0] qq;
    reg  [24:0] qm;
    reg  [24:0] qm2;
    reg  [24:0] r0;
    reg  [24:0] r1;
    reg  [24:0] r2;
    
    // Sub module instances
    mlkem_engine$mem$mul_a$0$ra ra(
        .d(ra$d),
        .q(ra$q),
        .clock(ra$clock)
    );
    mlkem_engine$mem$mul_a$0$rb rb(
        .d(rb$d),
        .q(rb$q),
        .clock(rb$clock)
    );
    mlkem_engine$mem$mul_a$0$pll pll(
        .d(pll$d),
        .q(pll$q),
        .clock(pll$clock)
    );
    mlkem_engine$mem$mul_a$0$plh plh(
        .d(plh$d),
        .q(plh$q),
        .clock(plh$clock)
    );
    mlkem_engine$mem$mul_a$0$phl phl(
        .d(phl$d),
        .q(phl$q),
        .clock(phl$clock)
    );
    mlkem_engine$mem$mul_a$0$phh phh(
        .d(phh$d),
        .q(phh$q),
        .clock(phh$clock)
    );
    mlkem_engine$mem$mul_a$0$p3 p3(
        .d(p3$d),
        .q(p3$q),
        .clock(p3$clock)
    );
    mlkem_engine$mem$mul_a$0$bll bll(
        .d(bll$d),
        .q(bll$q),
        .clock(bll$clock)
    );
    mlkem_engine$mem$mul_a$0$blh blh(
        .d(blh$d),
        .q(blh$q),
        .clock(blh$clock)
    );
    mlkem_engine$mem$mul_a$0$bhl bhl(
        .d(bhl$d),
        .q(bhl$q),
        .clock(bhl$clock)
    );
    mlkem_engine$mem$mul_a$0$bhh bhh(
        .d(bhh$d),
        .q(bhh$q),
        .clock(bhh$clock)
    );
    mlkem_engine$mem$mul_a$0$p4 p4(
        .d(p4$d),
        .q(p4$q),
        .clock(p4$clock)
    );
    mlkem_engine$mem$mul_a$0$res res(
        .d(res$d),
        .q(res$q),
        .clock(res$clock)
    );
    
    // Update code
    always @(*) begin
        ra$clock = clock;
        rb$clock = clock;
        pll$clock = clock;
        plh$clock = clock;
        phl$clock = clock;
        phh$clock = clock;
        p3$clock = clock;
        bll$clock = clock;
        blh$clock = clock;
        bhl$clock = clock;
        bhh$clock = clock;
        p4$clock = clock;
        res$clock = clock;
        ra$d = ra$q;
        rb$d = rb$q;
        pll$d = pll$q;
        plh$d = plh$q;
        phl$d = phl$q;
        phh$d = phh$q;
        p3$d = p3$q;
        bll$d = bll$q;
        blh$d = blh$q;
        bhl$d = bhl$q;
        bhh$d = bhh$q;
        p4$d = p4$q;
        res$d = res$q;
        ra$d = a;
        rb$d = b;
        al = ((ra$q) & 16'hffff);
        ah = ((ra$q >> 32'h10) & 16'hffff);
        bl = ((rb$q) & 16'hffff);
        bh = ((rb$q >> 32'h10) & 16'hffff);
        pll$d = al * bl;
        plh$d = al * bh;
        phl$d = ah * bl;
        phh$d = ah * bh;
        p3$d = ((pll$q) & 48'hffffffffffff) + (((plh$q) & 48'hffffffffffff) << 32'h10) + (((phl$q) & 48'hffffffffffff) << 32'h10) + (((phh$q) & 48'hffffffffffff) << 32'h20);
        if (dsa) begin
            t = ((p3$q >> 32'h16) & 24'hffffff);
            m = 32'h802007;
        end
        else begin
            t = ((p3$q) & 24'hffffff);
            m = 32'h13af;
        end
        tl = ((t) & 16'hffff);
        th = ((t >> 32'h10) & 16'hffff);
        ml = ((m) & 16'hffff);
        mh = ((m >> 32'h10) & 16'hffff);
        bll$d = tl * ml;
        blh$d = tl * mh;
        bhl$d = th * ml;
        bhh$d = th * mh;
        p4$d = p3$q;
        tm = ((bll$q) & 48'hffffffffffff) + (((blh$q) & 48'hffffffffffff) << 32'h10) + (((bhl$q) & 48'hffffffffffff) << 32'h10) + (((bhh$q) & 48'hffffffffffff) << 32'h20);
        qh = ((tm >> 32'h18) & 25'h1ffffff);
        if (dsa) begin
            qq = (qh << 32'h17) - (qh << 32'hd) + qh;
            qm = 32'h7fe001;
            qm2 = 32'hffc002;
        end
        else begin
            qq = (qh << 32'hb) + (qh << 32'ha) + (qh << 32'h8) + qh;
            qm = 32'hd01;
            qm2 = 32'h1a02;
        end
        r0 = ((p4$q) & 25'h1ffffff) - qq;
        r1 = r0 - qm;
        r2 = r0 - qm2;
        res$d = ((r0) & 24'hffffff);
        if (~r2[32'h18]) begin
            res$d = ((r2) & 24'hffffff);
        end
        else if (~r1[32'h18]) begin
            res$d = ((r1) & 24'hffffff);
        end
        r = res$q;
    end
    
endmodule // mlkem_engine$mem$mul_a$0


module mlkem_engine$mem$mul_a$0$bhh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_a$0$bhh


module mlkem_engine$mem$mul_a$0$bhl(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_a$0$bhl


module mlkem_engine$mem$mul_a$0$blh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_a$0$blh


module mlkem_engine$mem$mul_a$0$bll(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_a$0$bll


module mlkem_engine$mem$mul_a$0$p3(d,q,clock);
    
    // Module arguments
    input wire  [47:0] d;
    output reg  [47:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 48'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_a$0$p3


module mlkem_engine$mem$mul_a$0$p4(d,q,clock);
    
    // Module arguments
    input wire  [47:0] d;
    output reg  [47:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 48'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_a$0$p4


module mlkem_engine$mem$mul_a$0$phh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_a$0$phh


module mlkem_engine$mem$mul_a$0$phl(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_a$0$phl


module mlkem_engine$mem$mul_a$0$plh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_a$0$plh


module mlkem_engine$mem$mul_a$0$pll(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_a$0$pll


module mlkem_engine$mem$mul_a$0$ra(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_a$0$ra


module mlkem_engine$mem$mul_a$0$rb(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_a$0$rb


module mlkem_engine$mem$mul_a$0$res(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_a$0$res


module mlkem_engine$mem$mul_a$1(clock,dsa,a,b,r);
    
    // Module arguments
    input wire  clock;
    input wire  dsa;
    input wire  [23:0] a;
    input wire  [23:0] b;
    output reg  [23:0] r;
    
    // Stub signals
    reg  [23:0] ra$d;
    wire  [23:0] ra$q;
    reg  ra$clock;
    reg  [23:0] rb$d;
    wire  [23:0] rb$q;
    reg  rb$clock;
    reg  [31:0] pll$d;
    wire  [31:0] pll$q;
    reg  pll$clock;
    reg  [31:0] plh$d;
    wire  [31:0] plh$q;
    reg  plh$clock;
    reg  [31:0] phl$d;
    wire  [31:0] phl$q;
    reg  phl$clock;
    reg  [31:0] phh$d;
    wire  [31:0] phh$q;
    reg  phh$clock;
    reg  [47:0] p3$d;
    wire  [47:0] p3$q;
    reg  p3$clock;
    reg  [31:0] bll$d;
    wire  [31:0] bll$q;
    reg  bll$clock;
    reg  [31:0] blh$d;
    wire  [31:0] blh$q;
    reg  blh$clock;
    reg  [31:0] bhl$d;
    wire  [31:0] bhl$q;
    reg  bhl$clock;
    reg  [31:0] bhh$d;
    wire  [31:0] bhh$q;
    reg  bhh$clock;
    reg  [47:0] p4$d;
    wire  [47:0] p4$q;
    reg  p4$clock;
    reg  [23:0] res$d;
    wire  [23:0] res$q;
    reg  res$clock;
    
    // Local signals
    reg  [15:0] al;
    reg  [15:0] ah;
    reg  [15:0] bl;
    reg  [15:0] bh;
    reg  [23:0] t;
    reg  [23:0] m;
    reg  [15:0] tl;
    reg  [15:0] th;
    reg  [15:0] ml;
    reg  [15:0] mh;
    reg  [47:0] tm;
    reg  [24:0] qh;
    reg  [24:0] qq;
    reg  [24:0] qm;
    reg  [24:0] qm2;
    reg  [24:0] r0;
    reg  [24:0] r1;
    reg  [24:0] r2;
    
    // Sub module instances
    mlkem_engine$mem$mul_a$1$ra ra(
        .d(ra$d),
        .q(ra$q),
        .clock(ra$clock)
    );
    mlkem_engine$mem$mul_a$1$rb rb(
        .d(rb$d),
        .q(rb$q),
        .clock(rb$clock)
    );
    mlkem_engine$mem$mul_a$1$pll pll(
        .d(pll$d),
        .q(pll$q),
        .clock(pll$clock)
    );
    mlkem_engine$mem$mul_a$1$plh plh(
        .d(plh$d),
        .q(plh$q),
        .clock(plh$clock)
    );
    mlkem_engine$mem$mul_a$1$phl phl(
        .d(phl$d),
        .q(phl$q),
        .clock(phl$clock)
    );
    mlkem_engine$mem$mul_a$1$phh phh(
        .d(phh$d),
        .q(phh$q),
        .clock(phh$clock)
    );
    mlkem_engine$mem$mul_a$1$p3 p3(
        .d(p3$d),
        .q(p3$q),
        .clock(p3$clock)
    );
    mlkem_engine$mem$mul_a$1$bll bll(
        .d(bll$d),
        .q(bll$q),
        .clock(bll$clock)
    );
    mlkem_engine$mem$mul_a$1$blh blh(
        .d(blh$d),
        .q(blh$q),
        .clock(blh$clock)
    );
    mlkem_engine$mem$mul_a$1$bhl bhl(
        .d(bhl$d),
        .q(bhl$q),
        .clock(bhl$clock)
    );
    mlkem_engine$mem$mul_a$1$bhh bhh(
        .d(bhh$d),
        .q(bhh$q),
        .clock(bhh$clock)
    );
    mlkem_engine$mem$mul_a$1$p4 p4(
        .d(p4$d),
        .q(p4$q),
        .clock(p4$clock)
    );
    mlkem_engine$mem$mul_a$1$res res(
        .d(res$d),
        .q(res$q),
        .clock(res$clock)
    );
    
    // Update code
    always @(*) begin
        ra$clock = clock;
        rb$clock = clock;
        pll$clock = clock;
        plh$clock = clock;
        phl$clock = clock;
        phh$clock = clock;
        p3$clock = clock;
        bll$clock = clock;
        blh$clock = clock;
        bhl$clock = clock;
        bhh$clock = clock;
        p4$clock = clock;
        res$clock = clock;
        ra$d = ra$q;
        rb$d = rb$q;
        pll$d = pll$q;
        plh$d = plh$q;
        phl$d = phl$q;
        phh$d = phh$q;
        p3$d = p3$q;
        bll$d = bll$q;
        blh$d = blh$q;
        bhl$d = bhl$q;
        bhh$d = bhh$q;
        p4$d = p4$q;
        res$d = res$q;
        ra$d = a;
        rb$d = b;
        al = ((ra$q) & 16'hffff);
        ah = ((ra$q >> 32'h10) & 16'hffff);
        bl = ((rb$q) & 16'hffff);
        bh = ((rb$q >> 32'h10) & 16'hffff);
        pll$d = al * bl;
        plh$d = al * bh;
        phl$d = ah * bl;
        phh$d = ah * bh;
        p3$d = ((pll$q) & 48'hffffffffffff) + (((plh$q) & 48'hffffffffffff) << 32'h10) + (((phl$q) & 48'hffffffffffff) << 32'h10) + (((phh$q) & 48'hffffffffffff) << 32'h20);
        if (dsa) begin
            t = ((p3$q >> 32'h16) & 24'hffffff);
            m = 32'h802007;
        end
        else begin
            t = ((p3$q) & 24'hffffff);
            m = 32'h13af;
        end
        tl = ((t) & 16'hffff);
        th = ((t >> 32'h10) & 16'hffff);
        ml = ((m) & 16'hffff);
        mh = ((m >> 32'h10) & 16'hffff);
        bll$d = tl * ml;
        blh$d = tl * mh;
        bhl$d = th * ml;
        bhh$d = th * mh;
        p4$d = p3$q;
        tm = ((bll$q) & 48'hffffffffffff) + (((blh$q) & 48'hffffffffffff) << 32'h10) + (((bhl$q) & 48'hffffffffffff) << 32'h10) + (((bhh$q) & 48'hffffffffffff) << 32'h20);
        qh = ((tm >> 32'h18) & 25'h1ffffff);
        if (dsa) begin
            qq = (qh << 32'h17) - (qh << 32'hd) + qh;
            qm = 32'h7fe001;
            qm2 = 32'hffc002;
        end
        else begin
            qq = (qh << 32'hb) + (qh << 32'ha) + (qh << 32'h8) + qh;
            qm = 32'hd01;
            qm2 = 32'h1a02;
        end
        r0 = ((p4$q) & 25'h1ffffff) - qq;
        r1 = r0 - qm;
        r2 = r0 - qm2;
        res$d = ((r0) & 24'hffffff);
        if (~r2[32'h18]) begin
            res$d = ((r2) & 24'hffffff);
        end
        else if (~r1[32'h18]) begin
            res$d = ((r1) & 24'hffffff);
        end
        r = res$q;
    end
    
endmodule // mlkem_engine$mem$mul_a$1


module mlkem_engine$mem$mul_a$1$bhh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_a$1$bhh


module mlkem_engine$mem$mul_a$1$bhl(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_a$1$bhl


module mlkem_engine$mem$mul_a$1$blh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_a$1$blh


module mlkem_engine$mem$mul_a$1$bll(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_a$1$bll


module mlkem_engine$mem$mul_a$1$p3(d,q,clock);
    
    // Module arguments
    input wire  [47:0] d;
    output reg  [47:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 48'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_a$1$p3


module mlkem_engine$mem$mul_a$1$p4(d,q,clock);
    
    // Module arguments
    input wire  [47:0] d;
    output reg  [47:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 48'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_a$1$p4


module mlkem_engine$mem$mul_a$1$phh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_a$1$phh


module mlkem_engine$mem$mul_a$1$phl(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_a$1$phl


module mlkem_engine$mem$mul_a$1$plh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_a$1$plh


module mlkem_engine$mem$mul_a$1$pll(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_a$1$pll


module mlkem_engine$mem$mul_a$1$ra(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_a$1$ra


module mlkem_engine$mem$mul_a$1$rb(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_a$1$rb


module mlkem_engine$mem$mul_a$1$res(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_a$1$res


module mlkem_engine$mem$mul_a$2(clock,dsa,a,b,r);
    
    // Module arguments
    input wire  clock;
    input wire  dsa;
    input wire  [23:0] a;
    input wire  [23:0] b;
    output reg  [23:0] r;
    
    // Stub signals
    reg  [23:0] ra$d;
    wire  [23:0] ra$q;
    reg  ra$clock;
    reg  [23:0] rb$d;
    wire  [23:0] rb$q;
    reg  rb$clock;
    reg  [31:0] pll$d;
    wire  [31:0] pll$q;
    reg  pll$clock;
    reg  [31:0] plh$d;
    wire  [31:0] plh$q;
    reg  plh$clock;
    reg  [31:0] phl$d;
    wire  [31:0] phl$q;
    reg  phl$clock;
    reg  [31:0] phh$d;
    wire  [31:0] phh$q;
    reg  phh$clock;
    reg  [47:0] p3$d;
    wire  [47:0] p3$q;
    reg  p3$clock;
    reg  [31:0] bll$d;
    wire  [31:0] bll$q;
    reg  bll$clock;
    reg  [31:0] blh$d;
    wire  [31:0] blh$q;
    reg  blh$clock;
    reg  [31:0] bhl$d;
    wire  [31:0] bhl$q;
    reg  bhl$clock;
    reg  [31:0] bhh$d;
    wire  [31:0] bhh$q;
    reg  bhh$clock;
    reg  [47:0] p4$d;
    wire  [47:0] p4$q;
    reg  p4$clock;
    reg  [23:0] res$d;
    wire  [23:0] res$q;
    reg  res$clock;
    
    // Local signals
    reg  [15:0] al;
    reg  [15:0] ah;
    reg  [15:0] bl;
    reg  [15:0] bh;
    reg  [23:0] t;
    reg  [23:0] m;
    reg  [15:0] tl;
    reg  [15:0] th;
    reg  [15:0] ml;
    reg  [15:0] mh;
    reg  [47:0] tm;
    reg  [24:0] qh;
    reg  [24:0] qq;
    reg  [24:0] qm;
    reg  [24:0] qm2;
    reg  [24:0] r0;
    reg  [24:0] r1;
    reg  [24:0] r2;
    
    // Sub module instances
    mlkem_engine$mem$mul_a$2$ra ra(
        .d(ra$d),
        .q(ra$q),
        .clock(ra$clock)
    );
    mlkem_engine$mem$mul_a$2$rb rb(
        .d(rb$d),
        .q(rb$q),
        .clock(rb$clock)
    );
    mlkem_engine$mem$mul_a$2$pll pll(
        .d(pll$d),
        .q(pll$q),
        .clock(pll$clock)
    );
    mlkem_engine$mem$mul_a$2$plh plh(
        .d(plh$d),
        .q(plh$q),
        .clock(plh$clock)
    );
    mlkem_engine$mem$mul_a$2$phl phl(
        .d(phl$d),
        .q(phl$q),
        .clock(phl$clock)
    );
    mlkem_engine$mem$mul_a$2$phh phh(
        .d(phh$d),
        .q(phh$q),
        .clock(phh$clock)
    );
    mlkem_engine$mem$mul_a$2$p3 p3(
        .d(p3$d),
        .q(p3$q),
        .clock(p3$clock)
    );
    mlkem_engine$mem$mul_a$2$bll bll(
        .d(bll$d),
        .q(bll$q),
        .clock(bll$clock)
    );
    mlkem_engine$mem$mul_a$2$blh blh(
        .d(blh$d),
        .q(blh$q),
        .clock(blh$clock)
    );
    mlkem_engine$mem$mul_a$2$bhl bhl(
        .d(bhl$d),
        .q(bhl$q),
        .clock(bhl$clock)
    );
    mlkem_engine$mem$mul_a$2$bhh bhh(
        .d(bhh$d),
        .q(bhh$q),
        .clock(bhh$clock)
    );
    mlkem_engine$mem$mul_a$2$p4 p4(
        .d(p4$d),
        .q(p4$q),
        .clock(p4$clock)
    );
    mlkem_engine$mem$mul_a$2$res res(
        .d(res$d),
        .q(res$q),
        .clock(res$clock)
    );
    
    // Update code
    always @(*) begin
        ra$clock = clock;
        rb$clock = clock;
        pll$clock = clock;
        plh$clock = clock;
        phl$clock = clock;
        phh$clock = clock;
        p3$clock = clock;
        bll$clock = clock;
        blh$clock = clock;
        bhl$clock = clock;
        bhh$clock = clock;
        p4$clock = clock;
        res$clock = clock;
        ra$d = ra$q;
        rb$d = rb$q;
        pll$d = pll$q;
        plh$d = plh$q;
        phl$d = phl$q;
        phh$d = phh$q;
        p3$d = p3$q;
        bll$d = bll$q;
        blh$d = blh$q;
        bhl$d = bhl$q;
        bhh$d = bhh$q;
        p4$d = p4$q;
        res$d = res$q;
        ra$d = a;
        rb$d = b;
        al = ((ra$q) & 16'hffff);
        ah = ((ra$q >> 32'h10) & 16'hffff);
        bl = ((rb$q) & 16'hffff);
        bh = ((rb$q >> 32'h10) & 16'hffff);
        pll$d = al * bl;
        plh$d = al * bh;
        phl$d = ah * bl;
        phh$d = ah * bh;
        p3$d = ((pll$q) & 48'hffffffffffff) + (((plh$q) & 48'hffffffffffff) << 32'h10) + (((phl$q) & 48'hffffffffffff) << 32'h10) + (((phh$q) & 48'hffffffffffff) << 32'h20);
        if (dsa) begin
            t = ((p3$q >> 32'h16) & 24'hffffff);
            m = 32'h802007;
        end
        else begin
            t = ((p3$q) & 24'hffffff);
            m = 32'h13af;
        end
        tl = ((t) & 16'hffff);
        th = ((t >> 32'h10) & 16'hffff);
        ml = ((m) & 16'hffff);
        mh = ((m >> 32'h10) & 16'hffff);
        bll$d = tl * ml;
        blh$d = tl * mh;
        bhl$d = th * ml;
        bhh$d = th * mh;
        p4$d = p3$q;
        tm = ((bll$q) & 48'hffffffffffff) + (((blh$q) & 48'hffffffffffff) << 32'h10) + (((bhl$q) & 48'hffffffffffff) << 32'h10) + (((bhh$q) & 48'hffffffffffff) << 32'h20);
        qh = ((tm >> 32'h18) & 25'h1ffffff);
        if (dsa) begin
            qq = (qh << 32'h17) - (qh << 32'hd) + qh;
            qm = 32'h7fe001;
            qm2 = 32'hffc002;
        end
        else begin
            qq = (qh << 32'hb) + (qh << 32'ha) + (qh << 32'h8) + qh;
            qm = 32'hd01;
            qm2 = 32'h1a02;
        end
        r0 = ((p4$q) & 25'h1ffffff) - qq;
        r1 = r0 - qm;
        r2 = r0 - qm2;
        res$d = ((r0) & 24'hffffff);
        if (~r2[32'h18]) begin
            res$d = ((r2) & 24'hffffff);
        end
        else if (~r1[32'h18]) begin
            res$d = ((r1) & 24'hffffff);
        end
        r = res$q;
    end
    
endmodule // mlkem_engine$mem$mul_a$2


module mlkem_engine$mem$mul_a$2$bhh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_a$2$bhh


module mlkem_engine$mem$mul_a$2$bhl(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_a$2$bhl


module mlkem_engine$mem$mul_a$2$blh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_a$2$blh


module mlkem_engine$mem$mul_a$2$bll(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_a$2$bll


module mlkem_engine$mem$mul_a$2$p3(d,q,clock);
    
    // Module arguments
    input wire  [47:0] d;
    output reg  [47:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 48'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_a$2$p3


module mlkem_engine$mem$mul_a$2$p4(d,q,clock);
    
    // Module arguments
    input wire  [47:0] d;
    output reg  [47:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 48'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_a$2$p4


module mlkem_engine$mem$mul_a$2$phh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_a$2$phh


module mlkem_engine$mem$mul_a$2$phl(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_a$2$phl


module mlkem_engine$mem$mul_a$2$plh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_a$2$plh


module mlkem_engine$mem$mul_a$2$pll(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_a$2$pll


module mlkem_engine$mem$mul_a$2$ra(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_a$2$ra


module mlkem_engine$mem$mul_a$2$rb(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_a$2$rb


module mlkem_engine$mem$mul_a$2$res(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_a$2$res


module mlkem_engine$mem$mul_a$3(clock,dsa,a,b,r);
    
    // Module arguments
    input wire  clock;
    input wire  dsa;
    input wire  [23:0] a;
    input wire  [23:0] b;
    output reg  [23:0] r;
    
    // Stub signals
    reg  [23:0] ra$d;
    wire  [23:0] ra$q;
    reg  ra$clock;
    reg  [23:0] rb$d;
    wire  [23:0] rb$q;
    reg  rb$clock;
    reg  [31:0] pll$d;
    wire  [31:0] pll$q;
    reg  pll$clock;
    reg  [31:0] plh$d;
    wire  [31:0] plh$q;
    reg  plh$clock;
    reg  [31:0] phl$d;
    wire  [31:0] phl$q;
    reg  phl$clock;
    reg  [31:0] phh$d;
    wire  [31:0] phh$q;
    reg  phh$clock;
    reg  [47:0] p3$d;
    wire  [47:0] p3$q;
    reg  p3$clock;
    reg  [31:0] bll$d;
    wire  [31:0] bll$q;
    reg  bll$clock;
    reg  [31:0] blh$d;
    wire  [31:0] blh$q;
    reg  blh$clock;
    reg  [31:0] bhl$d;
    wire  [31:0] bhl$q;
    reg  bhl$clock;
    reg  [31:0] bhh$d;
    wire  [31:0] bhh$q;
    reg  bhh$clock;
    reg  [47:0] p4$d;
    wire  [47:0] p4$q;
    reg  p4$clock;
    reg  [23:0] res$d;
    wire  [23:0] res$q;
    reg  res$clock;
    
    // Local signals
    reg  [15:0] al;
    reg  [15:0] ah;
    reg  [15:0] bl;
    reg  [15:0] bh;
    reg  [23:0] t;
    reg  [23:0] m;
    reg  [15:0] tl;
    reg  [15:0] th;
    reg  [15:0] ml;
    reg  [15:0] mh;
    reg  [47:0] tm;
    reg  [24:0] qh;
    reg  [24:0] qq;
    reg  [24:0] qm;
    reg  [24:0] qm2;
    reg  [24:0] r0;
    reg  [24:0] r1;
    reg  [24:0] r2;
    
    // Sub module instances
    mlkem_engine$mem$mul_a$3$ra ra(
        .d(ra$d),
        .q(ra$q),
        .clock(ra$clock)
    );
    mlkem_engine$mem$mul_a$3$rb rb(
        .d(rb$d),
        .q(rb$q),
        .clock(rb$clock)
    );
    mlkem_engine$mem$mul_a$3$pll pll(
        .d(pll$d),
        .q(pll$q),
        .clock(pll$clock)
    );
    mlkem_engine$mem$mul_a$3$plh plh(
        .d(plh$d),
        .q(plh$q),
        .clock(plh$clock)
    );
    mlkem_engine$mem$mul_a$3$phl phl(
        .d(phl$d),
        .q(phl$q),
        .clock(phl$clock)
    );
    mlkem_engine$mem$mul_a$3$phh phh(
        .d(phh$d),
        .q(phh$q),
        .clock(phh$clock)
    );
    mlkem_engine$mem$mul_a$3$p3 p3(
        .d(p3$d),
        .q(p3$q),
        .clock(p3$clock)
    );
    mlkem_engine$mem$mul_a$3$bll bll(
        .d(bll$d),
        .q(bll$q),
        .clock(bll$clock)
    );
    mlkem_engine$mem$mul_a$3$blh blh(
        .d(blh$d),
        .q(blh$q),
        .clock(blh$clock)
    );
    mlkem_engine$mem$mul_a$3$bhl bhl(
        .d(bhl$d),
        .q(bhl$q),
        .clock(bhl$clock)
    );
    mlkem_engine$mem$mul_a$3$bhh bhh(
        .d(bhh$d),
        .q(bhh$q),
        .clock(bhh$clock)
    );
    mlkem_engine$mem$mul_a$3$p4 p4(
        .d(p4$d),
        .q(p4$q),
        .clock(p4$clock)
    );
    mlkem_engine$mem$mul_a$3$res res(
        .d(res$d),
        .q(res$q),
        .clock(res$clock)
    );
    
    // Update code
    always @(*) begin
        ra$clock = clock;
        rb$clock = clock;
        pll$clock = clock;
        plh$clock = clock;
        phl$clock = clock;
        phh$clock = clock;
        p3$clock = clock;
        bll$clock = clock;
        blh$clock = clock;
        bhl$clock = clock;
        bhh$clock = clock;
        p4$clock = clock;
        res$clock = clock;
        ra$d = ra$q;
        rb$d = rb$q;
        pll$d = pll$q;
        plh$d = plh$q;
        phl$d = phl$q;
        phh$d = phh$q;
        p3$d = p3$q;
        bll$d = bll$q;
        blh$d = blh$q;
        bhl$d = bhl$q;
        bhh$d = bhh$q;
        p4$d = p4$q;
        res$d = res$q;
        ra$d = a;
        rb$d = b;
        al = ((ra$q) & 16'hffff);
        ah = ((ra$q >> 32'h10) & 16'hffff);
        bl = ((rb$q) & 16'hffff);
        bh = ((rb$q >> 32'h10) & 16'hffff);
        pll$d = al * bl;
        plh$d = al * bh;
        phl$d = ah * bl;
        phh$d = ah * bh;
        p3$d = ((pll$q) & 48'hffffffffffff) + (((plh$q) & 48'hffffffffffff) << 32'h10) + (((phl$q) & 48'hffffffffffff) << 32'h10) + (((phh$q) & 48'hffffffffffff) << 32'h20);
        if (dsa) begin
            t = ((p3$q >> 32'h16) & 24'hffffff);
            m = 32'h802007;
        end
        else begin
            t = ((p3$q) & 24'hffffff);
            m = 32'h13af;
        end
        tl = ((t) & 16'hffff);
        th = ((t >> 32'h10) & 16'hffff);
        ml = ((m) & 16'hffff);
        mh = ((m >> 32'h10) & 16'hffff);
        bll$d = tl * ml;
        blh$d = tl * mh;
        bhl$d = th * ml;
        bhh$d = th * mh;
        p4$d = p3$q;
        tm = ((bll$q) & 48'hffffffffffff) + (((blh$q) & 48'hffffffffffff) << 32'h10) + (((bhl$q) & 48'hffffffffffff) << 32'h10) + (((bhh$q) & 48'hffffffffffff) << 32'h20);
        qh = ((tm >> 32'h18) & 25'h1ffffff);
        if (dsa) begin
            qq = (qh << 32'h17) - (qh << 32'hd) + qh;
            qm = 32'h7fe001;
            qm2 = 32'hffc002;
        end
        else begin
            qq = (qh << 32'hb) + (qh << 32'ha) + (qh << 32'h8) + qh;
            qm = 32'hd01;
            qm2 = 32'h1a02;
        end
        r0 = ((p4$q) & 25'h1ffffff) - qq;
        r1 = r0 - qm;
        r2 = r0 - qm2;
        res$d = ((r0) & 24'hffffff);
        if (~r2[32'h18]) begin
            res$d = ((r2) & 24'hffffff);
        end
        else if (~r1[32'h18]) begin
            res$d = ((r1) & 24'hffffff);
        end
        r = res$q;
    end
    
endmodule // mlkem_engine$mem$mul_a$3


module mlkem_engine$mem$mul_a$3$bhh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_a$3$bhh


module mlkem_engine$mem$mul_a$3$bhl(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_a$3$bhl


module mlkem_engine$mem$mul_a$3$blh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_a$3$blh


module mlkem_engine$mem$mul_a$3$bll(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_a$3$bll


module mlkem_engine$mem$mul_a$3$p3(d,q,clock);
    
    // Module arguments
    input wire  [47:0] d;
    output reg  [47:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 48'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_a$3$p3


module mlkem_engine$mem$mul_a$3$p4(d,q,clock);
    
    // Module arguments
    input wire  [47:0] d;
    output reg  [47:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 48'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_a$3$p4


module mlkem_engine$mem$mul_a$3$phh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_a$3$phh


module mlkem_engine$mem$mul_a$3$phl(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_a$3$phl


module mlkem_engine$mem$mul_a$3$plh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_a$3$plh


module mlkem_engine$mem$mul_a$3$pll(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_a$3$pll


module mlkem_engine$mem$mul_a$3$ra(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_a$3$ra


module mlkem_engine$mem$mul_a$3$rb(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_a$3$rb


module mlkem_engine$mem$mul_a$3$res(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_a$3$res


module mlkem_engine$mem$mul_b$0(clock,dsa,a,b,r);
    
    // Module arguments
    input wire  clock;
    input wire  dsa;
    input wire  [23:0] a;
    input wire  [23:0] b;
    output reg  [23:0] r;
    
    // Stub signals
    reg  [23:0] ra$d;
    wire  [23:0] ra$q;
    reg  ra$clock;
    reg  [23:0] rb$d;
    wire  [23:0] rb$q;
    reg  rb$clock;
    reg  [31:0] pll$d;
    wire  [31:0] pll$q;
    reg  pll$clock;
    reg  [31:0] plh$d;
    wire  [31:0] plh$q;
    reg  plh$clock;
    reg  [31:0] phl$d;
    wire  [31:0] phl$q;
    reg  phl$clock;
    reg  [31:0] phh$d;
    wire  [31:0] phh$q;
    reg  phh$clock;
    reg  [47:0] p3$d;
    wire  [47:0] p3$q;
    reg  p3$clock;
    reg  [31:0] bll$d;
    wire  [31:0] bll$q;
    reg  bll$clock;
    reg  [31:0] blh$d;
    wire  [31:0] blh$q;
    reg  blh$clock;
    reg  [31:0] bhl$d;
    wire  [31:0] bhl$q;
    reg  bhl$clock;
    reg  [31:0] bhh$d;
    wire  [31:0] bhh$q;
    reg  bhh$clock;
    reg  [47:0] p4$d;
    wire  [47:0] p4$q;
    reg  p4$clock;
    reg  [23:0] res$d;
    wire  [23:0] res$q;
    reg  res$clock;
    
    // Local signals
    reg  [15:0] al;
    reg  [15:0] ah;
    reg  [15:0] bl;
    reg  [15:0] bh;
    reg  [23:0] t;
    reg  [23:0] m;
    reg  [15:0] tl;
    reg  [15:0] th;
    reg  [15:0] ml;
    reg  [15:0] mh;
    reg  [47:0] tm;
    reg  [24:0] qh;
    reg  [24:0] qq;
    reg  [24:0] qm;
    reg  [24:0] qm2;
    reg  [24:0] r0;
    reg  [24:0] r1;
    reg  [24:0] r2;
    
    // Sub module instances
    mlkem_engine$mem$mul_b$0$ra ra(
        .d(ra$d),
        .q(ra$q),
        .clock(ra$clock)
    );
    mlkem_engine$mem$mul_b$0$rb rb(
        .d(rb$d),
        .q(rb$q),
        .clock(rb$clock)
    );
    mlkem_engine$mem$mul_b$0$pll pll(
        .d(pll$d),
        .q(pll$q),
        .clock(pll$clock)
    );
    mlkem_engine$mem$mul_b$0$plh plh(
        .d(plh$d),
        .q(plh$q),
        .clock(plh$clock)
    );
    mlkem_engine$mem$mul_b$0$phl phl(
        .d(phl$d),
        .q(phl$q),
        .clock(phl$clock)
    );
    mlkem_engine$mem$mul_b$0$phh phh(
        .d(phh$d),
        .q(phh$q),
        .clock(phh$clock)
    );
    mlkem_engine$mem$mul_b$0$p3 p3(
        .d(p3$d),
        .q(p3$q),
        .clock(p3$clock)
    );
    mlkem_engine$mem$mul_b$0$bll bll(
        .d(bll$d),
        .q(bll$q),
        .clock(bll$clock)
    );
    mlkem_engine$mem$mul_b$0$blh blh(
        .d(blh$d),
        .q(blh$q),
        .clock(blh$clock)
    );
    mlkem_engine$mem$mul_b$0$bhl bhl(
        .d(bhl$d),
        .q(bhl$q),
        .clock(bhl$clock)
    );
    mlkem_engine$mem$mul_b$0$bhh bhh(
        .d(bhh$d),
        .q(bhh$q),
        .clock(bhh$clock)
    );
    mlkem_engine$mem$mul_b$0$p4 p4(
        .d(p4$d),
        .q(p4$q),
        .clock(p4$clock)
    );
    mlkem_engine$mem$mul_b$0$res res(
        .d(res$d),
        .q(res$q),
        .clock(res$clock)
    );
    
    // Update code
    always @(*) begin
        ra$clock = clock;
        rb$clock = clock;
        pll$clock = clock;
        plh$clock = clock;
        phl$clock = clock;
        phh$clock = clock;
        p3$clock = clock;
        bll$clock = clock;
        blh$clock = clock;
        bhl$clock = clock;
        bhh$clock = clock;
        p4$clock = clock;
        res$clock = clock;
        ra$d = ra$q;
        rb$d = rb$q;
        pll$d = pll$q;
        plh$d = plh$q;
        phl$d = phl$q;
        phh$d = phh$q;
        p3$d = p3$q;
        bll$d = bll$q;
        blh$d = blh$q;
        bhl$d = bhl$q;
        bhh$d = bhh$q;
        p4$d = p4$q;
        res$d = res$q;
        ra$d = a;
        rb$d = b;
        al = ((ra$q) & 16'hffff);
        ah = ((ra$q >> 32'h10) & 16'hffff);
        bl = ((rb$q) & 16'hffff);
        bh = ((rb$q >> 32'h10) & 16'hffff);
        pll$d = al * bl;
        plh$d = al * bh;
        phl$d = ah * bl;
        phh$d = ah * bh;
        p3$d = ((pll$q) & 48'hffffffffffff) + (((plh$q) & 48'hffffffffffff) << 32'h10) + (((phl$q) & 48'hffffffffffff) << 32'h10) + (((phh$q) & 48'hffffffffffff) << 32'h20);
        if (dsa) begin
            t = ((p3$q >> 32'h16) & 24'hffffff);
            m = 32'h802007;
        end
        else begin
            t = ((p3$q) & 24'hffffff);
            m = 32'h13af;
        end
        tl = ((t) & 16'hffff);
        th = ((t >> 32'h10) & 16'hffff);
        ml = ((m) & 16'hffff);
        mh = ((m >> 32'h10) & 16'hffff);
        bll$d = tl * ml;
        blh$d = tl * mh;
        bhl$d = th * ml;
        bhh$d = th * mh;
        p4$d = p3$q;
        tm = ((bll$q) & 48'hffffffffffff) + (((blh$q) & 48'hffffffffffff) << 32'h10) + (((bhl$q) & 48'hffffffffffff) << 32'h10) + (((bhh$q) & 48'hffffffffffff) << 32'h20);
        qh = ((tm >> 32'h18) & 25'h1ffffff);
        if (dsa) begin
            qq = (qh << 32'h17) - (qh << 32'hd) + qh;
            qm = 32'h7fe001;
            qm2 = 32'hffc002;
        end
        else begin
            qq = (qh << 32'hb) + (qh << 32'ha) + (qh << 32'h8) + qh;
            qm = 32'hd01;
            qm2 = 32'h1a02;
        end
        r0 = ((p4$q) & 25'h1ffffff) - qq;
        r1 = r0 - qm;
        r2 = r0 - qm2;
        res$d = ((r0) & 24'hffffff);
        if (~r2[32'h18]) begin
            res$d = ((r2) & 24'hffffff);
        end
        else if (~r1[32'h18]) begin
            res$d = ((r1) & 24'hffffff);
        end
        r = res$q;
    end
    
endmodule // mlkem_engine$mem$mul_b$0


module mlkem_engine$mem$mul_b$0$bhh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_b$0$bhh


module mlkem_engine$mem$mul_b$0$bhl(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_b$0$bhl


module mlkem_engine$mem$mul_b$0$blh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_b$0$blh


module mlkem_engine$mem$mul_b$0$bll(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_b$0$bll


module mlkem_engine$mem$mul_b$0$p3(d,q,clock);
    
    // Module arguments
    input wire  [47:0] d;
    output reg  [47:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 48'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_b$0$p3


module mlkem_engine$mem$mul_b$0$p4(d,q,clock);
    
    // Module arguments
    input wire  [47:0] d;
    output reg  [47:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 48'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_b$0$p4


module mlkem_engine$mem$mul_b$0$phh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_b$0$phh


module mlkem_engine$mem$mul_b$0$phl(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_b$0$phl


module mlkem_engine$mem$mul_b$0$plh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_b$0$plh


module mlkem_engine$mem$mul_b$0$pll(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_b$0$pll


module mlkem_engine$mem$mul_b$0$ra(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_b$0$ra


module mlkem_engine$mem$mul_b$0$rb(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_b$0$rb


module mlkem_engine$mem$mul_b$0$res(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_b$0$res


module mlkem_engine$mem$mul_b$1(clock,dsa,a,b,r);
    
    // Module arguments
    input wire  clock;
    input wire  dsa;
    input wire  [23:0] a;
    input wire  [23:0] b;
    output reg  [23:0] r;
    
    // Stub signals
    reg  [23:0] ra$d;
    wire  [23:0] ra$q;
    reg  ra$clock;
    reg  [23:0] rb$d;
    wire  [23:0] rb$q;
    reg  rb$clock;
    reg  [31:0] pll$d;
    wire  [31:0] pll$q;
    reg  pll$clock;
    reg  [31:0] plh$d;
    wire  [31:0] plh$q;
    reg  plh$clock;
    reg  [31:0] phl$d;
    wire  [31:0] phl$q;
    reg  phl$clock;
    reg  [31:0] phh$d;
    wire  [31:0] phh$q;
    reg  phh$clock;
    reg  [47:0] p3$d;
    wire  [47:0] p3$q;
    reg  p3$clock;
    reg  [31:0] bll$d;
    wire  [31:0] bll$q;
    reg  bll$clock;
    reg  [31:0] blh$d;
    wire  [31:0] blh$q;
    reg  blh$clock;
    reg  [31:0] bhl$d;
    wire  [31:0] bhl$q;
    reg  bhl$clock;
    reg  [31:0] bhh$d;
    wire  [31:0] bhh$q;
    reg  bhh$clock;
    reg  [47:0] p4$d;
    wire  [47:0] p4$q;
    reg  p4$clock;
    reg  [23:0] res$d;
    wire  [23:0] res$q;
    reg  res$clock;
    
    // Local signals
    reg  [15:0] al;
    reg  [15:0] ah;
    reg  [15:0] bl;
    reg  [15:0] bh;
    reg  [23:0] t;
    reg  [23:0] m;
    reg  [15:0] tl;
    reg  [15:0] th;
    reg  [15:0] ml;
    reg  [15:0] mh;
    reg  [47:0] tm;
    reg  [24:0] qh;
    reg  [24:0] qq;
    reg  [24:0] qm;
    reg  [24:0] qm2;
    reg  [24:0] r0;
    reg  [24:0] r1;
    reg  [24:0] r2;
    
    // Sub module instances
    mlkem_engine$mem$mul_b$1$ra ra(
        .d(ra$d),
        .q(ra$q),
        .clock(ra$clock)
    );
    mlkem_engine$mem$mul_b$1$rb rb(
        .d(rb$d),
        .q(rb$q),
        .clock(rb$clock)
    );
    mlkem_engine$mem$mul_b$1$pll pll(
        .d(pll$d),
        .q(pll$q),
        .clock(pll$clock)
    );
    mlkem_engine$mem$mul_b$1$plh plh(
        .d(plh$d),
        .q(plh$q),
        .clock(plh$clock)
    );
    mlkem_engine$mem$mul_b$1$phl phl(
        .d(phl$d),
        .q(phl$q),
        .clock(phl$clock)
    );
    mlkem_engine$mem$mul_b$1$phh phh(
        .d(phh$d),
        .q(phh$q),
        .clock(phh$clock)
    );
    mlkem_engine$mem$mul_b$1$p3 p3(
        .d(p3$d),
        .q(p3$q),
        .clock(p3$clock)
    );
    mlkem_engine$mem$mul_b$1$bll bll(
        .d(bll$d),
        .q(bll$q),
        .clock(bll$clock)
    );
    mlkem_engine$mem$mul_b$1$blh blh(
        .d(blh$d),
        .q(blh$q),
        .clock(blh$clock)
    );
    mlkem_engine$mem$mul_b$1$bhl bhl(
        .d(bhl$d),
        .q(bhl$q),
        .clock(bhl$clock)
    );
    mlkem_engine$mem$mul_b$1$bhh bhh(
        .d(bhh$d),
        .q(bhh$q),
        .clock(bhh$clock)
    );
    mlkem_engine$mem$mul_b$1$p4 p4(
        .d(p4$d),
        .q(p4$q),
        .clock(p4$clock)
    );
    mlkem_engine$mem$mul_b$1$res res(
        .d(res$d),
        .q(res$q),
        .clock(res$clock)
    );
    
    // Update code
    always @(*) begin
        ra$clock = clock;
        rb$clock = clock;
        pll$clock = clock;
        plh$clock = clock;
        phl$clock = clock;
        phh$clock = clock;
        p3$clock = clock;
        bll$clock = clock;
        blh$clock = clock;
        bhl$clock = clock;
        bhh$clock = clock;
        p4$clock = clock;
        res$clock = clock;
        ra$d = ra$q;
        rb$d = rb$q;
        pll$d = pll$q;
        plh$d = plh$q;
        phl$d = phl$q;
        phh$d = phh$q;
        p3$d = p3$q;
        bll$d = bll$q;
        blh$d = blh$q;
        bhl$d = bhl$q;
        bhh$d = bhh$q;
        p4$d = p4$q;
        res$d = res$q;
        ra$d = a;
        rb$d = b;
        al = ((ra$q) & 16'hffff);
        ah = ((ra$q >> 32'h10) & 16'hffff);
        bl = ((rb$q) & 16'hffff);
        bh = ((rb$q >> 32'h10) & 16'hffff);
        pll$d = al * bl;
        plh$d = al * bh;
        phl$d = ah * bl;
        phh$d = ah * bh;
        p3$d = ((pll$q) & 48'hffffffffffff) + (((plh$q) & 48'hffffffffffff) << 32'h10) + (((phl$q) & 48'hffffffffffff) << 32'h10) + (((phh$q) & 48'hffffffffffff) << 32'h20);
        if (dsa) begin
            t = ((p3$q >> 32'h16) & 24'hffffff);
            m = 32'h802007;
        end
        else begin
            t = ((p3$q) & 24'hffffff);
            m = 32'h13af;
        end
        tl = ((t) & 16'hffff);
        th = ((t >> 32'h10) & 16'hffff);
        ml = ((m) & 16'hffff);
        mh = ((m >> 32'h10) & 16'hffff);
        bll$d = tl * ml;
        blh$d = tl * mh;
        bhl$d = th * ml;
        bhh$d = th * mh;
        p4$d = p3$q;
        tm = ((bll$q) & 48'hffffffffffff) + (((blh$q) & 48'hffffffffffff) << 32'h10) + (((bhl$q) & 48'hffffffffffff) << 32'h10) + (((bhh$q) & 48'hffffffffffff) << 32'h20);
        qh = ((tm >> 32'h18) & 25'h1ffffff);
        if (dsa) begin
            qq = (qh << 32'h17) - (qh << 32'hd) + qh;
            qm = 32'h7fe001;
            qm2 = 32'hffc002;
        end
        else begin
            qq = (qh << 32'hb) + (qh << 32'ha) + (qh << 32'h8) + qh;
            qm = 32'hd01;
            qm2 = 32'h1a02;
        end
        r0 = ((p4$q) & 25'h1ffffff) - qq;
        r1 = r0 - qm;
        r2 = r0 - qm2;
        res$d = ((r0) & 24'hffffff);
        if (~r2[32'h18]) begin
            res$d = ((r2) & 24'hffffff);
        end
        else if (~r1[32'h18]) begin
            res$d = ((r1) & 24'hffffff);
        end
        r = res$q;
    end
    
endmodule // mlkem_engine$mem$mul_b$1


module mlkem_engine$mem$mul_b$1$bhh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_b$1$bhh


module mlkem_engine$mem$mul_b$1$bhl(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_b$1$bhl


module mlkem_engine$mem$mul_b$1$blh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_b$1$blh


module mlkem_engine$mem$mul_b$1$bll(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_b$1$bll


module mlkem_engine$mem$mul_b$1$p3(d,q,clock);
    
    // Module arguments
    input wire  [47:0] d;
    output reg  [47:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 48'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_b$1$p3


module mlkem_engine$mem$mul_b$1$p4(d,q,clock);
    
    // Module arguments
    input wire  [47:0] d;
    output reg  [47:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 48'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_b$1$p4


module mlkem_engine$mem$mul_b$1$phh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_b$1$phh


module mlkem_engine$mem$mul_b$1$phl(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_b$1$phl


module mlkem_engine$mem$mul_b$1$plh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_b$1$plh


module mlkem_engine$mem$mul_b$1$pll(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_b$1$pll


module mlkem_engine$mem$mul_b$1$ra(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_b$1$ra


module mlkem_engine$mem$mul_b$1$rb(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_b$1$rb


module mlkem_engine$mem$mul_b$1$res(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_b$1$res


module mlkem_engine$mem$mul_b$2(clock,dsa,a,b,r);
    
    // Module arguments
    input wire  clock;
    input wire  dsa;
    input wire  [23:0] a;
    input wire  [23:0] b;
    output reg  [23:0] r;
    
    // Stub signals
    reg  [23:0] ra$d;
    wire  [23:0] ra$q;
    reg  ra$clock;
    reg  [23:0] rb$d;
    wire  [23:0] rb$q;
    reg  rb$clock;
    reg  [31:0] pll$d;
    wire  [31:0] pll$q;
    reg  pll$clock;
    reg  [31:0] plh$d;
    wire  [31:0] plh$q;
    reg  plh$clock;
    reg  [31:0] phl$d;
    wire  [31:0] phl$q;
    reg  phl$clock;
    reg  [31:0] phh$d;
    wire  [31:0] phh$q;
    reg  phh$clock;
    reg  [47:0] p3$d;
    wire  [47:0] p3$q;
    reg  p3$clock;
    reg  [31:0] bll$d;
    wire  [31:0] bll$q;
    reg  bll$clock;
    reg  [31:0] blh$d;
    wire  [31:0] blh$q;
    reg  blh$clock;
    reg  [31:0] bhl$d;
    wire  [31:0] bhl$q;
    reg  bhl$clock;
    reg  [31:0] bhh$d;
    wire  [31:0] bhh$q;
    reg  bhh$clock;
    reg  [47:0] p4$d;
    wire  [47:0] p4$q;
    reg  p4$clock;
    reg  [23:0] res$d;
    wire  [23:0] res$q;
    reg  res$clock;
    
    // Local signals
    reg  [15:0] al;
    reg  [15:0] ah;
    reg  [15:0] bl;
    reg  [15:0] bh;
    reg  [23:0] t;
    reg  [23:0] m;
    reg  [15:0] tl;
    reg  [15:0] th;
    reg  [15:0] ml;
    reg  [15:0] mh;
    reg  [47:0] tm;
    reg  [24:0] qh;
    reg  [24:0] qq;
    reg  [24:0] qm;
    reg  [24:0] qm2;
    reg  [24:0] r0;
    reg  [24:0] r1;
    reg  [24:0] r2;
    
    // Sub module instances
    mlkem_engine$mem$mul_b$2$ra ra(
        .d(ra$d),
        .q(ra$q),
        .clock(ra$clock)
    );
    mlkem_engine$mem$mul_b$2$rb rb(
        .d(rb$d),
        .q(rb$q),
        .clock(rb$clock)
    );
    mlkem_engine$mem$mul_b$2$pll pll(
        .d(pll$d),
        .q(pll$q),
        .clock(pll$clock)
    );
    mlkem_engine$mem$mul_b$2$plh plh(
        .d(plh$d),
        .q(plh$q),
        .clock(plh$clock)
    );
    mlkem_engine$mem$mul_b$2$phl phl(
        .d(phl$d),
        .q(phl$q),
        .clock(phl$clock)
    );
    mlkem_engine$mem$mul_b$2$phh phh(
        .d(phh$d),
        .q(phh$q),
        .clock(phh$clock)
    );
    mlkem_engine$mem$mul_b$2$p3 p3(
        .d(p3$d),
        .q(p3$q),
        .clock(p3$clock)
    );
    mlkem_engine$mem$mul_b$2$bll bll(
        .d(bll$d),
        .q(bll$q),
        .clock(bll$clock)
    );
    mlkem_engine$mem$mul_b$2$blh blh(
        .d(blh$d),
        .q(blh$q),
        .clock(blh$clock)
    );
    mlkem_engine$mem$mul_b$2$bhl bhl(
        .d(bhl$d),
        .q(bhl$q),
        .clock(bhl$clock)
    );
    mlkem_engine$mem$mul_b$2$bhh bhh(
        .d(bhh$d),
        .q(bhh$q),
        .clock(bhh$clock)
    );
    mlkem_engine$mem$mul_b$2$p4 p4(
        .d(p4$d),
        .q(p4$q),
        .clock(p4$clock)
    );
    mlkem_engine$mem$mul_b$2$res res(
        .d(res$d),
        .q(res$q),
        .clock(res$clock)
    );
    
    // Update code
    always @(*) begin
        ra$clock = clock;
        rb$clock = clock;
        pll$clock = clock;
        plh$clock = clock;
        phl$clock = clock;
        phh$clock = clock;
        p3$clock = clock;
        bll$clock = clock;
        blh$clock = clock;
        bhl$clock = clock;
        bhh$clock = clock;
        p4$clock = clock;
        res$clock = clock;
        ra$d = ra$q;
        rb$d = rb$q;
        pll$d = pll$q;
        plh$d = plh$q;
        phl$d = phl$q;
        phh$d = phh$q;
        p3$d = p3$q;
        bll$d = bll$q;
        blh$d = blh$q;
        bhl$d = bhl$q;
        bhh$d = bhh$q;
        p4$d = p4$q;
        res$d = res$q;
        ra$d = a;
        rb$d = b;
        al = ((ra$q) & 16'hffff);
        ah = ((ra$q >> 32'h10) & 16'hffff);
        bl = ((rb$q) & 16'hffff);
        bh = ((rb$q >> 32'h10) & 16'hffff);
        pll$d = al * bl;
        plh$d = al * bh;
        phl$d = ah * bl;
        phh$d = ah * bh;
        p3$d = ((pll$q) & 48'hffffffffffff) + (((plh$q) & 48'hffffffffffff) << 32'h10) + (((phl$q) & 48'hffffffffffff) << 32'h10) + (((phh$q) & 48'hffffffffffff) << 32'h20);
        if (dsa) begin
            t = ((p3$q >> 32'h16) & 24'hffffff);
            m = 32'h802007;
        end
        else begin
            t = ((p3$q) & 24'hffffff);
            m = 32'h13af;
        end
        tl = ((t) & 16'hffff);
        th = ((t >> 32'h10) & 16'hffff);
        ml = ((m) & 16'hffff);
        mh = ((m >> 32'h10) & 16'hffff);
        bll$d = tl * ml;
        blh$d = tl * mh;
        bhl$d = th * ml;
        bhh$d = th * mh;
        p4$d = p3$q;
        tm = ((bll$q) & 48'hffffffffffff) + (((blh$q) & 48'hffffffffffff) << 32'h10) + (((bhl$q) & 48'hffffffffffff) << 32'h10) + (((bhh$q) & 48'hffffffffffff) << 32'h20);
        qh = ((tm >> 32'h18) & 25'h1ffffff);
        if (dsa) begin
            qq = (qh << 32'h17) - (qh << 32'hd) + qh;
            qm = 32'h7fe001;
            qm2 = 32'hffc002;
        end
        else begin
            qq = (qh << 32'hb) + (qh << 32'ha) + (qh << 32'h8) + qh;
            qm = 32'hd01;
            qm2 = 32'h1a02;
        end
        r0 = ((p4$q) & 25'h1ffffff) - qq;
        r1 = r0 - qm;
        r2 = r0 - qm2;
        res$d = ((r0) & 24'hffffff);
        if (~r2[32'h18]) begin
            res$d = ((r2) & 24'hffffff);
        end
        else if (~r1[32'h18]) begin
            res$d = ((r1) & 24'hffffff);
        end
        r = res$q;
    end
    
endmodule // mlkem_engine$mem$mul_b$2


module mlkem_engine$mem$mul_b$2$bhh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_b$2$bhh


module mlkem_engine$mem$mul_b$2$bhl(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_b$2$bhl


module mlkem_engine$mem$mul_b$2$blh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_b$2$blh


module mlkem_engine$mem$mul_b$2$bll(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_b$2$bll


module mlkem_engine$mem$mul_b$2$p3(d,q,clock);
    
    // Module arguments
    input wire  [47:0] d;
    output reg  [47:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 48'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_b$2$p3


module mlkem_engine$mem$mul_b$2$p4(d,q,clock);
    
    // Module arguments
    input wire  [47:0] d;
    output reg  [47:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 48'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_b$2$p4


module mlkem_engine$mem$mul_b$2$phh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_b$2$phh


module mlkem_engine$mem$mul_b$2$phl(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_b$2$phl


module mlkem_engine$mem$mul_b$2$plh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_b$2$plh


module mlkem_engine$mem$mul_b$2$pll(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_b$2$pll


module mlkem_engine$mem$mul_b$2$ra(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_b$2$ra


module mlkem_engine$mem$mul_b$2$rb(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_b$2$rb


module mlkem_engine$mem$mul_b$2$res(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_b$2$res


module mlkem_engine$mem$mul_b$3(clock,dsa,a,b,r);
    
    // Module arguments
    input wire  clock;
    input wire  dsa;
    input wire  [23:0] a;
    input wire  [23:0] b;
    output reg  [23:0] r;
    
    // Stub signals
    reg  [23:0] ra$d;
    wire  [23:0] ra$q;
    reg  ra$clock;
    reg  [23:0] rb$d;
    wire  [23:0] rb$q;
    reg  rb$clock;
    reg  [31:0] pll$d;
    wire  [31:0] pll$q;
    reg  pll$clock;
    reg  [31:0] plh$d;
    wire  [31:0] plh$q;
    reg  plh$clock;
    reg  [31:0] phl$d;
    wire  [31:0] phl$q;
    reg  phl$clock;
    reg  [31:0] phh$d;
    wire  [31:0] phh$q;
    reg  phh$clock;
    reg  [47:0] p3$d;
    wire  [47:0] p3$q;
    reg  p3$clock;
    reg  [31:0] bll$d;
    wire  [31:0] bll$q;
    reg  bll$clock;
    reg  [31:0] blh$d;
    wire  [31:0] blh$q;
    reg  blh$clock;
    reg  [31:0] bhl$d;
    wire  [31:0] bhl$q;
    reg  bhl$clock;
    reg  [31:0] bhh$d;
    wire  [31:0] bhh$q;
    reg  bhh$clock;
    reg  [47:0] p4$d;
    wire  [47:0] p4$q;
    reg  p4$clock;
    reg  [23:0] res$d;
    wire  [23:0] res$q;
    reg  res$clock;
    
    // Local signals
    reg  [15:0] al;
    reg  [15:0] ah;
    reg  [15:0] bl;
    reg  [15:0] bh;
    reg  [23:0] t;
    reg  [23:0] m;
    reg  [15:0] tl;
    reg  [15:0] th;
    reg  [15:0] ml;
    reg  [15:0] mh;
    reg  [47:0] tm;
    reg  [24:0] qh;
    reg  [24:0] qq;
    reg  [24:0] qm;
    reg  [24:0] qm2;
    reg  [24:0] r0;
    reg  [24:0] r1;
    reg  [24:0] r2;
    
    // Sub module instances
    mlkem_engine$mem$mul_b$3$ra ra(
        .d(ra$d),
        .q(ra$q),
        .clock(ra$clock)
    );
    mlkem_engine$mem$mul_b$3$rb rb(
        .d(rb$d),
        .q(rb$q),
        .clock(rb$clock)
    );
    mlkem_engine$mem$mul_b$3$pll pll(
        .d(pll$d),
        .q(pll$q),
        .clock(pll$clock)
    );
    mlkem_engine$mem$mul_b$3$plh plh(
        .d(plh$d),
        .q(plh$q),
        .clock(plh$clock)
    );
    mlkem_engine$mem$mul_b$3$phl phl(
        .d(phl$d),
        .q(phl$q),
        .clock(phl$clock)
    );
    mlkem_engine$mem$mul_b$3$phh phh(
        .d(phh$d),
        .q(phh$q),
        .clock(phh$clock)
    );
    mlkem_engine$mem$mul_b$3$p3 p3(
        .d(p3$d),
        .q(p3$q),
        .clock(p3$clock)
    );
    mlkem_engine$mem$mul_b$3$bll bll(
        .d(bll$d),
        .q(bll$q),
        .clock(bll$clock)
    );
    mlkem_engine$mem$mul_b$3$blh blh(
        .d(blh$d),
        .q(blh$q),
        .clock(blh$clock)
    );
    mlkem_engine$mem$mul_b$3$bhl bhl(
        .d(bhl$d),
        .q(bhl$q),
        .clock(bhl$clock)
    );
    mlkem_engine$mem$mul_b$3$bhh bhh(
        .d(bhh$d),
        .q(bhh$q),
        .clock(bhh$clock)
    );
    mlkem_engine$mem$mul_b$3$p4 p4(
        .d(p4$d),
        .q(p4$q),
        .clock(p4$clock)
    );
    mlkem_engine$mem$mul_b$3$res res(
        .d(res$d),
        .q(res$q),
        .clock(res$clock)
    );
    
    // Update code
    always @(*) begin
        ra$clock = clock;
        rb$clock = clock;
        pll$clock = clock;
        plh$clock = clock;
        phl$clock = clock;
        phh$clock = clock;
        p3$clock = clock;
        bll$clock = clock;
        blh$clock = clock;
        bhl$clock = clock;
        bhh$clock = clock;
        p4$clock = clock;
        res$clock = clock;
        ra$d = ra$q;
        rb$d = rb$q;
        pll$d = pll$q;
        plh$d = plh$q;
        phl$d = phl$q;
        phh$d = phh$q;
        p3$d = p3$q;
        bll$d = bll$q;
        blh$d = blh$q;
        bhl$d = bhl$q;
        bhh$d = bhh$q;
        p4$d = p4$q;
        res$d = res$q;
        ra$d = a;
        rb$d = b;
        al = ((ra$q) & 16'hffff);
        ah = ((ra$q >> 32'h10) & 16'hffff);
        bl = ((rb$q) & 16'hffff);
        bh = ((rb$q >> 32'h10) & 16'hffff);
        pll$d = al * bl;
        plh$d = al * bh;
        phl$d = ah * bl;
        phh$d = ah * bh;
        p3$d = ((pll$q) & 48'hffffffffffff) + (((plh$q) & 48'hffffffffffff) << 32'h10) + (((phl$q) & 48'hffffffffffff) << 32'h10) + (((phh$q) & 48'hffffffffffff) << 32'h20);
        if (dsa) begin
            t = ((p3$q >> 32'h16) & 24'hffffff);
            m = 32'h802007;
        end
        else begin
            t = ((p3$q) & 24'hffffff);
            m = 32'h13af;
        end
        tl = ((t) & 16'hffff);
        th = ((t >> 32'h10) & 16'hffff);
        ml = ((m) & 16'hffff);
        mh = ((m >> 32'h10) & 16'hffff);
        bll$d = tl * ml;
        blh$d = tl * mh;
        bhl$d = th * ml;
        bhh$d = th * mh;
        p4$d = p3$q;
        tm = ((bll$q) & 48'hffffffffffff) + (((blh$q) & 48'hffffffffffff) << 32'h10) + (((bhl$q) & 48'hffffffffffff) << 32'h10) + (((bhh$q) & 48'hffffffffffff) << 32'h20);
        qh = ((tm >> 32'h18) & 25'h1ffffff);
        if (dsa) begin
            qq = (qh << 32'h17) - (qh << 32'hd) + qh;
            qm = 32'h7fe001;
            qm2 = 32'hffc002;
        end
        else begin
            qq = (qh << 32'hb) + (qh << 32'ha) + (qh << 32'h8) + qh;
            qm = 32'hd01;
            qm2 = 32'h1a02;
        end
        r0 = ((p4$q) & 25'h1ffffff) - qq;
        r1 = r0 - qm;
        r2 = r0 - qm2;
        res$d = ((r0) & 24'hffffff);
        if (~r2[32'h18]) begin
            res$d = ((r2) & 24'hffffff);
        end
        else if (~r1[32'h18]) begin
            res$d = ((r1) & 24'hffffff);
        end
        r = res$q;
    end
    
endmodule // mlkem_engine$mem$mul_b$3


module mlkem_engine$mem$mul_b$3$bhh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_b$3$bhh


module mlkem_engine$mem$mul_b$3$bhl(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_b$3$bhl


module mlkem_engine$mem$mul_b$3$blh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_b$3$blh


module mlkem_engine$mem$mul_b$3$bll(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_b$3$bll


module mlkem_engine$mem$mul_b$3$p3(d,q,clock);
    
    // Module arguments
    input wire  [47:0] d;
    output reg  [47:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 48'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_b$3$p3


module mlkem_engine$mem$mul_b$3$p4(d,q,clock);
    
    // Module arguments
    input wire  [47:0] d;
    output reg  [47:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 48'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_b$3$p4


module mlkem_engine$mem$mul_b$3$phh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_b$3$phh


module mlkem_engine$mem$mul_b$3$phl(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_b$3$phl


module mlkem_engine$mem$mul_b$3$plh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_b$3$plh


module mlkem_engine$mem$mul_b$3$pll(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_b$3$pll


module mlkem_engine$mem$mul_b$3$ra(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_b$3$ra


module mlkem_engine$mem$mul_b$3$rb(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_b$3$rb


module mlkem_engine$mem$mul_b$3$res(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_b$3$res


module mlkem_engine$mem$mul_c$0(clock,dsa,a,b,r);
    
    // Module arguments
    input wire  clock;
    input wire  dsa;
    input wire  [23:0] a;
    input wire  [23:0] b;
    output reg  [23:0] r;
    
    // Stub signals
    reg  [23:0] ra$d;
    wire  [23:0] ra$q;
    reg  ra$clock;
    reg  [23:0] rb$d;
    wire  [23:0] rb$q;
    reg  rb$clock;
    reg  [31:0] pll$d;
    wire  [31:0] pll$q;
    reg  pll$clock;
    reg  [31:0] plh$d;
    wire  [31:0] plh$q;
    reg  plh$clock;
    reg  [31:0] phl$d;
    wire  [31:0] phl$q;
    reg  phl$clock;
    reg  [31:0] phh$d;
    wire  [31:0] phh$q;
    reg  phh$clock;
    reg  [47:0] p3$d;
    wire  [47:0] p3$q;
    reg  p3$clock;
    reg  [31:0] bll$d;
    wire  [31:0] bll$q;
    reg  bll$clock;
    reg  [31:0] blh$d;
    wire  [31:0] blh$q;
    reg  blh$clock;
    reg  [31:0] bhl$d;
    wire  [31:0] bhl$q;
    reg  bhl$clock;
    reg  [31:0] bhh$d;
    wire  [31:0] bhh$q;
    reg  bhh$clock;
    reg  [47:0] p4$d;
    wire  [47:0] p4$q;
    reg  p4$clock;
    reg  [23:0] res$d;
    wire  [23:0] res$q;
    reg  res$clock;
    
    // Local signals
    reg  [15:0] al;
    reg  [15:0] ah;
    reg  [15:0] bl;
    reg  [15:0] bh;
    reg  [23:0] t;
    reg  [23:0] m;
    reg  [15:0] tl;
    reg  [15:0] th;
    reg  [15:0] ml;
    reg  [15:0] mh;
    reg  [47:0] tm;
    reg  [24:0] qh;
    reg  [24:0] qq;
    reg  [24:0] qm;
    reg  [24:0] qm2;
    reg  [24:0] r0;
    reg  [24:0] r1;
    reg  [24:0] r2;
    
    // Sub module instances
    mlkem_engine$mem$mul_c$0$ra ra(
        .d(ra$d),
        .q(ra$q),
        .clock(ra$clock)
    );
    mlkem_engine$mem$mul_c$0$rb rb(
        .d(rb$d),
        .q(rb$q),
        .clock(rb$clock)
    );
    mlkem_engine$mem$mul_c$0$pll pll(
        .d(pll$d),
        .q(pll$q),
        .clock(pll$clock)
    );
    mlkem_engine$mem$mul_c$0$plh plh(
        .d(plh$d),
        .q(plh$q),
        .clock(plh$clock)
    );
    mlkem_engine$mem$mul_c$0$phl phl(
        .d(phl$d),
        .q(phl$q),
        .clock(phl$clock)
    );
    mlkem_engine$mem$mul_c$0$phh phh(
        .d(phh$d),
        .q(phh$q),
        .clock(phh$clock)
    );
    mlkem_engine$mem$mul_c$0$p3 p3(
        .d(p3$d),
        .q(p3$q),
        .clock(p3$clock)
    );
    mlkem_engine$mem$mul_c$0$bll bll(
        .d(bll$d),
        .q(bll$q),
        .clock(bll$clock)
    );
    mlkem_engine$mem$mul_c$0$blh blh(
        .d(blh$d),
        .q(blh$q),
        .clock(blh$clock)
    );
    mlkem_engine$mem$mul_c$0$bhl bhl(
        .d(bhl$d),
        .q(bhl$q),
        .clock(bhl$clock)
    );
    mlkem_engine$mem$mul_c$0$bhh bhh(
        .d(bhh$d),
        .q(bhh$q),
        .clock(bhh$clock)
    );
    mlkem_engine$mem$mul_c$0$p4 p4(
        .d(p4$d),
        .q(p4$q),
        .clock(p4$clock)
    );
    mlkem_engine$mem$mul_c$0$res res(
        .d(res$d),
        .q(res$q),
        .clock(res$clock)
    );
    
    // Update code
    always @(*) begin
        ra$clock = clock;
        rb$clock = clock;
        pll$clock = clock;
        plh$clock = clock;
        phl$clock = clock;
        phh$clock = clock;
        p3$clock = clock;
        bll$clock = clock;
        blh$clock = clock;
        bhl$clock = clock;
        bhh$clock = clock;
        p4$clock = clock;
        res$clock = clock;
        ra$d = ra$q;
        rb$d = rb$q;
        pll$d = pll$q;
        plh$d = plh$q;
        phl$d = phl$q;
        phh$d = phh$q;
        p3$d = p3$q;
        bll$d = bll$q;
        blh$d = blh$q;
        bhl$d = bhl$q;
        bhh$d = bhh$q;
        p4$d = p4$q;
        res$d = res$q;
        ra$d = a;
        rb$d = b;
        al = ((ra$q) & 16'hffff);
        ah = ((ra$q >> 32'h10) & 16'hffff);
        bl = ((rb$q) & 16'hffff);
        bh = ((rb$q >> 32'h10) & 16'hffff);
        pll$d = al * bl;
        plh$d = al * bh;
        phl$d = ah * bl;
        phh$d = ah * bh;
        p3$d = ((pll$q) & 48'hffffffffffff) + (((plh$q) & 48'hffffffffffff) << 32'h10) + (((phl$q) & 48'hffffffffffff) << 32'h10) + (((phh$q) & 48'hffffffffffff) << 32'h20);
        if (dsa) begin
            t = ((p3$q >> 32'h16) & 24'hffffff);
            m = 32'h802007;
        end
        else begin
            t = ((p3$q) & 24'hffffff);
            m = 32'h13af;
        end
        tl = ((t) & 16'hffff);
        th = ((t >> 32'h10) & 16'hffff);
        ml = ((m) & 16'hffff);
        mh = ((m >> 32'h10) & 16'hffff);
        bll$d = tl * ml;
        blh$d = tl * mh;
        bhl$d = th * ml;
        bhh$d = th * mh;
        p4$d = p3$q;
        tm = ((bll$q) & 48'hffffffffffff) + (((blh$q) & 48'hffffffffffff) << 32'h10) + (((bhl$q) & 48'hffffffffffff) << 32'h10) + (((bhh$q) & 48'hffffffffffff) << 32'h20);
        qh = ((tm >> 32'h18) & 25'h1ffffff);
        if (dsa) begin
            qq = (qh << 32'h17) - (qh << 32'hd) + qh;
            qm = 32'h7fe001;
            qm2 = 32'hffc002;
        end
        else begin
            qq = (qh << 32'hb) + (qh << 32'ha) + (qh << 32'h8) + qh;
            qm = 32'hd01;
            qm2 = 32'h1a02;
        end
        r0 = ((p4$q) & 25'h1ffffff) - qq;
        r1 = r0 - qm;
        r2 = r0 - qm2;
        res$d = ((r0) & 24'hffffff);
        if (~r2[32'h18]) begin
            res$d = ((r2) & 24'hffffff);
        end
        else if (~r1[32'h18]) begin
            res$d = ((r1) & 24'hffffff);
        end
        r = res$q;
    end
    
endmodule // mlkem_engine$mem$mul_c$0


module mlkem_engine$mem$mul_c$0$bhh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_c$0$bhh


module mlkem_engine$mem$mul_c$0$bhl(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_c$0$bhl


module mlkem_engine$mem$mul_c$0$blh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_c$0$blh


module mlkem_engine$mem$mul_c$0$bll(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_c$0$bll


module mlkem_engine$mem$mul_c$0$p3(d,q,clock);
    
    // Module arguments
    input wire  [47:0] d;
    output reg  [47:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 48'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_c$0$p3


module mlkem_engine$mem$mul_c$0$p4(d,q,clock);
    
    // Module arguments
    input wire  [47:0] d;
    output reg  [47:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 48'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_c$0$p4


module mlkem_engine$mem$mul_c$0$phh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_c$0$phh


module mlkem_engine$mem$mul_c$0$phl(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_c$0$phl


module mlkem_engine$mem$mul_c$0$plh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_c$0$plh


module mlkem_engine$mem$mul_c$0$pll(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_c$0$pll


module mlkem_engine$mem$mul_c$0$ra(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_c$0$ra


module mlkem_engine$mem$mul_c$0$rb(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_c$0$rb


module mlkem_engine$mem$mul_c$0$res(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_c$0$res


module mlkem_engine$mem$mul_c$1(clock,dsa,a,b,r);
    
    // Module arguments
    input wire  clock;
    input wire  dsa;
    input wire  [23:0] a;
    input wire  [23:0] b;
    output reg  [23:0] r;
    
    // Stub signals
    reg  [23:0] ra$d;
    wire  [23:0] ra$q;
    reg  ra$clock;
    reg  [23:0] rb$d;
    wire  [23:0] rb$q;
    reg  rb$clock;
    reg  [31:0] pll$d;
    wire  [31:0] pll$q;
    reg  pll$clock;
    reg  [31:0] plh$d;
    wire  [31:0] plh$q;
    reg  plh$clock;
    reg  [31:0] phl$d;
    wire  [31:0] phl$q;
    reg  phl$clock;
    reg  [31:0] phh$d;
    wire  [31:0] phh$q;
    reg  phh$clock;
    reg  [47:0] p3$d;
    wire  [47:0] p3$q;
    reg  p3$clock;
    reg  [31:0] bll$d;
    wire  [31:0] bll$q;
    reg  bll$clock;
    reg  [31:0] blh$d;
    wire  [31:0] blh$q;
    reg  blh$clock;
    reg  [31:0] bhl$d;
    wire  [31:0] bhl$q;
    reg  bhl$clock;
    reg  [31:0] bhh$d;
    wire  [31:0] bhh$q;
    reg  bhh$clock;
    reg  [47:0] p4$d;
    wire  [47:0] p4$q;
    reg  p4$clock;
    reg  [23:0] res$d;
    wire  [23:0] res$q;
    reg  res$clock;
    
    // Local signals
    reg  [15:0] al;
    reg  [15:0] ah;
    reg  [15:0] bl;
    reg  [15:0] bh;
    reg  [23:0] t;
    reg  [23:0] m;
    reg  [15:0] tl;
    reg  [15:0] th;
    reg  [15:0] ml;
    reg  [15:0] mh;
    reg  [47:0] tm;
    reg  [24:0] qh;
    reg  [24:0] qq;
    reg  [24:0] qm;
    reg  [24:0] qm2;
    reg  [24:0] r0;
    reg  [24:0] r1;
    reg  [24:0] r2;
    
    // Sub module instances
    mlkem_engine$mem$mul_c$1$ra ra(
        .d(ra$d),
        .q(ra$q),
        .clock(ra$clock)
    );
    mlkem_engine$mem$mul_c$1$rb rb(
        .d(rb$d),
        .q(rb$q),
        .clock(rb$clock)
    );
    mlkem_engine$mem$mul_c$1$pll pll(
        .d(pll$d),
        .q(pll$q),
        .clock(pll$clock)
    );
    mlkem_engine$mem$mul_c$1$plh plh(
        .d(plh$d),
        .q(plh$q),
        .clock(plh$clock)
    );
    mlkem_engine$mem$mul_c$1$phl phl(
        .d(phl$d),
        .q(phl$q),
        .clock(phl$clock)
    );
    mlkem_engine$mem$mul_c$1$phh phh(
        .d(phh$d),
        .q(phh$q),
        .clock(phh$clock)
    );
    mlkem_engine$mem$mul_c$1$p3 p3(
        .d(p3$d),
        .q(p3$q),
        .clock(p3$clock)
    );
    mlkem_engine$mem$mul_c$1$bll bll(
        .d(bll$d),
        .q(bll$q),
        .clock(bll$clock)
    );
    mlkem_engine$mem$mul_c$1$blh blh(
        .d(blh$d),
        .q(blh$q),
        .clock(blh$clock)
    );
    mlkem_engine$mem$mul_c$1$bhl bhl(
        .d(bhl$d),
        .q(bhl$q),
        .clock(bhl$clock)
    );
    mlkem_engine$mem$mul_c$1$bhh bhh(
        .d(bhh$d),
        .q(bhh$q),
        .clock(bhh$clock)
    );
    mlkem_engine$mem$mul_c$1$p4 p4(
        .d(p4$d),
        .q(p4$q),
        .clock(p4$clock)
    );
    mlkem_engine$mem$mul_c$1$res res(
        .d(res$d),
        .q(res$q),
        .clock(res$clock)
    );
    
    // Update code
    always @(*) begin
        ra$clock = clock;
        rb$clock = clock;
        pll$clock = clock;
        plh$clock = clock;
        phl$clock = clock;
        phh$clock = clock;
        p3$clock = clock;
        bll$clock = clock;
        blh$clock = clock;
        bhl$clock = clock;
        bhh$clock = clock;
        p4$clock = clock;
        res$clock = clock;
        ra$d = ra$q;
        rb$d = rb$q;
        pll$d = pll$q;
        plh$d = plh$q;
        phl$d = phl$q;
        phh$d = phh$q;
        p3$d = p3$q;
        bll$d = bll$q;
        blh$d = blh$q;
        bhl$d = bhl$q;
        bhh$d = bhh$q;
        p4$d = p4$q;
        res$d = res$q;
        ra$d = a;
        rb$d = b;
        al = ((ra$q) & 16'hffff);
        ah = ((ra$q >> 32'h10) & 16'hffff);
        bl = ((rb$q) & 16'hffff);
        bh = ((rb$q >> 32'h10) & 16'hffff);
        pll$d = al * bl;
        plh$d = al * bh;
        phl$d = ah * bl;
        phh$d = ah * bh;
        p3$d = ((pll$q) & 48'hffffffffffff) + (((plh$q) & 48'hffffffffffff) << 32'h10) + (((phl$q) & 48'hffffffffffff) << 32'h10) + (((phh$q) & 48'hffffffffffff) << 32'h20);
        if (dsa) begin
            t = ((p3$q >> 32'h16) & 24'hffffff);
            m = 32'h802007;
        end
        else begin
            t = ((p3$q) & 24'hffffff);
            m = 32'h13af;
        end
        tl = ((t) & 16'hffff);
        th = ((t >> 32'h10) & 16'hffff);
        ml = ((m) & 16'hffff);
        mh = ((m >> 32'h10) & 16'hffff);
        bll$d = tl * ml;
        blh$d = tl * mh;
        bhl$d = th * ml;
        bhh$d = th * mh;
        p4$d = p3$q;
        tm = ((bll$q) & 48'hffffffffffff) + (((blh$q) & 48'hffffffffffff) << 32'h10) + (((bhl$q) & 48'hffffffffffff) << 32'h10) + (((bhh$q) & 48'hffffffffffff) << 32'h20);
        qh = ((tm >> 32'h18) & 25'h1ffffff);
        if (dsa) begin
            qq = (qh << 32'h17) - (qh << 32'hd) + qh;
            qm = 32'h7fe001;
            qm2 = 32'hffc002;
        end
        else begin
            qq = (qh << 32'hb) + (qh << 32'ha) + (qh << 32'h8) + qh;
            qm = 32'hd01;
            qm2 = 32'h1a02;
        end
        r0 = ((p4$q) & 25'h1ffffff) - qq;
        r1 = r0 - qm;
        r2 = r0 - qm2;
        res$d = ((r0) & 24'hffffff);
        if (~r2[32'h18]) begin
            res$d = ((r2) & 24'hffffff);
        end
        else if (~r1[32'h18]) begin
            res$d = ((r1) & 24'hffffff);
        end
        r = res$q;
    end
    
endmodule // mlkem_engine$mem$mul_c$1


module mlkem_engine$mem$mul_c$1$bhh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_c$1$bhh


module mlkem_engine$mem$mul_c$1$bhl(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_c$1$bhl


module mlkem_engine$mem$mul_c$1$blh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_c$1$blh


module mlkem_engine$mem$mul_c$1$bll(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_c$1$bll


module mlkem_engine$mem$mul_c$1$p3(d,q,clock);
    
    // Module arguments
    input wire  [47:0] d;
    output reg  [47:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 48'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_c$1$p3


module mlkem_engine$mem$mul_c$1$p4(d,q,clock);
    
    // Module arguments
    input wire  [47:0] d;
    output reg  [47:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 48'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_c$1$p4


module mlkem_engine$mem$mul_c$1$phh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_c$1$phh


module mlkem_engine$mem$mul_c$1$phl(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_c$1$phl


module mlkem_engine$mem$mul_c$1$plh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_c$1$plh


module mlkem_engine$mem$mul_c$1$pll(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_c$1$pll


module mlkem_engine$mem$mul_c$1$ra(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_c$1$ra


module mlkem_engine$mem$mul_c$1$rb(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_c$1$rb


module mlkem_engine$mem$mul_c$1$res(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_c$1$res


module mlkem_engine$mem$mul_c$2(clock,dsa,a,b,r);
    
    // Module arguments
    input wire  clock;
    input wire  dsa;
    input wire  [23:0] a;
    input wire  [23:0] b;
    output reg  [23:0] r;
    
    // Stub signals
    reg  [23:0] ra$d;
    wire  [23:0] ra$q;
    reg  ra$clock;
    reg  [23:0] rb$d;
    wire  [23:0] rb$q;
    reg  rb$clock;
    reg  [31:0] pll$d;
    wire  [31:0] pll$q;
    reg  pll$clock;
    reg  [31:0] plh$d;
    wire  [31:0] plh$q;
    reg  plh$clock;
    reg  [31:0] phl$d;
    wire  [31:0] phl$q;
    reg  phl$clock;
    reg  [31:0] phh$d;
    wire  [31:0] phh$q;
    reg  phh$clock;
    reg  [47:0] p3$d;
    wire  [47:0] p3$q;
    reg  p3$clock;
    reg  [31:0] bll$d;
    wire  [31:0] bll$q;
    reg  bll$clock;
    reg  [31:0] blh$d;
    wire  [31:0] blh$q;
    reg  blh$clock;
    reg  [31:0] bhl$d;
    wire  [31:0] bhl$q;
    reg  bhl$clock;
    reg  [31:0] bhh$d;
    wire  [31:0] bhh$q;
    reg  bhh$clock;
    reg  [47:0] p4$d;
    wire  [47:0] p4$q;
    reg  p4$clock;
    reg  [23:0] res$d;
    wire  [23:0] res$q;
    reg  res$clock;
    
    // Local signals
    reg  [15:0] al;
    reg  [15:0] ah;
    reg  [15:0] bl;
    reg  [15:0] bh;
    reg  [23:0] t;
    reg  [23:0] m;
    reg  [15:0] tl;
    reg  [15:0] th;
    reg  [15:0] ml;
    reg  [15:0] mh;
    reg  [47:0] tm;
    reg  [24:0] qh;
    reg  [24:0] qq;
    reg  [24:0] qm;
    reg  [24:0] qm2;
    reg  [24:0] r0;
    reg  [24:0] r1;
    reg  [24:0] r2;
    
    // Sub module instances
    mlkem_engine$mem$mul_c$2$ra ra(
        .d(ra$d),
        .q(ra$q),
        .clock(ra$clock)
    );
    mlkem_engine$mem$mul_c$2$rb rb(
        .d(rb$d),
        .q(rb$q),
        .clock(rb$clock)
    );
    mlkem_engine$mem$mul_c$2$pll pll(
        .d(pll$d),
        .q(pll$q),
        .clock(pll$clock)
    );
    mlkem_engine$mem$mul_c$2$plh plh(
        .d(plh$d),
        .q(plh$q),
        .clock(plh$clock)
    );
    mlkem_engine$mem$mul_c$2$phl phl(
        .d(phl$d),
        .q(phl$q),
        .clock(phl$clock)
    );
    mlkem_engine$mem$mul_c$2$phh phh(
        .d(phh$d),
        .q(phh$q),
        .clock(phh$clock)
    );
    mlkem_engine$mem$mul_c$2$p3 p3(
        .d(p3$d),
        .q(p3$q),
        .clock(p3$clock)
    );
    mlkem_engine$mem$mul_c$2$bll bll(
        .d(bll$d),
        .q(bll$q),
        .clock(bll$clock)
    );
    mlkem_engine$mem$mul_c$2$blh blh(
        .d(blh$d),
        .q(blh$q),
        .clock(blh$clock)
    );
    mlkem_engine$mem$mul_c$2$bhl bhl(
        .d(bhl$d),
        .q(bhl$q),
        .clock(bhl$clock)
    );
    mlkem_engine$mem$mul_c$2$bhh bhh(
        .d(bhh$d),
        .q(bhh$q),
        .clock(bhh$clock)
    );
    mlkem_engine$mem$mul_c$2$p4 p4(
        .d(p4$d),
        .q(p4$q),
        .clock(p4$clock)
    );
    mlkem_engine$mem$mul_c$2$res res(
        .d(res$d),
        .q(res$q),
        .clock(res$clock)
    );
    
    // Update code
    always @(*) begin
        ra$clock = clock;
        rb$clock = clock;
        pll$clock = clock;
        plh$clock = clock;
        phl$clock = clock;
        phh$clock = clock;
        p3$clock = clock;
        bll$clock = clock;
        blh$clock = clock;
        bhl$clock = clock;
        bhh$clock = clock;
        p4$clock = clock;
        res$clock = clock;
        ra$d = ra$q;
        rb$d = rb$q;
        pll$d = pll$q;
        plh$d = plh$q;
        phl$d = phl$q;
        phh$d = phh$q;
        p3$d = p3$q;
        bll$d = bll$q;
        blh$d = blh$q;
        bhl$d = bhl$q;
        bhh$d = bhh$q;
        p4$d = p4$q;
        res$d = res$q;
        ra$d = a;
        rb$d = b;
        al = ((ra$q) & 16'hffff);
        ah = ((ra$q >> 32'h10) & 16'hffff);
        bl = ((rb$q) & 16'hffff);
        bh = ((rb$q >> 32'h10) & 16'hffff);
        pll$d = al * bl;
        plh$d = al * bh;
        phl$d = ah * bl;
        phh$d = ah * bh;
        p3$d = ((pll$q) & 48'hffffffffffff) + (((plh$q) & 48'hffffffffffff) << 32'h10) + (((phl$q) & 48'hffffffffffff) << 32'h10) + (((phh$q) & 48'hffffffffffff) << 32'h20);
        if (dsa) begin
            t = ((p3$q >> 32'h16) & 24'hffffff);
            m = 32'h802007;
        end
        else begin
            t = ((p3$q) & 24'hffffff);
            m = 32'h13af;
        end
        tl = ((t) & 16'hffff);
        th = ((t >> 32'h10) & 16'hffff);
        ml = ((m) & 16'hffff);
        mh = ((m >> 32'h10) & 16'hffff);
        bll$d = tl * ml;
        blh$d = tl * mh;
        bhl$d = th * ml;
        bhh$d = th * mh;
        p4$d = p3$q;
        tm = ((bll$q) & 48'hffffffffffff) + (((blh$q) & 48'hffffffffffff) << 32'h10) + (((bhl$q) & 48'hffffffffffff) << 32'h10) + (((bhh$q) & 48'hffffffffffff) << 32'h20);
        qh = ((tm >> 32'h18) & 25'h1ffffff);
        if (dsa) begin
            qq = (qh << 32'h17) - (qh << 32'hd) + qh;
            qm = 32'h7fe001;
            qm2 = 32'hffc002;
        end
        else begin
            qq = (qh << 32'hb) + (qh << 32'ha) + (qh << 32'h8) + qh;
            qm = 32'hd01;
            qm2 = 32'h1a02;
        end
        r0 = ((p4$q) & 25'h1ffffff) - qq;
        r1 = r0 - qm;
        r2 = r0 - qm2;
        res$d = ((r0) & 24'hffffff);
        if (~r2[32'h18]) begin
            res$d = ((r2) & 24'hffffff);
        end
        else if (~r1[32'h18]) begin
            res$d = ((r1) & 24'hffffff);
        end
        r = res$q;
    end
    
endmodule // mlkem_engine$mem$mul_c$2


module mlkem_engine$mem$mul_c$2$bhh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_c$2$bhh


module mlkem_engine$mem$mul_c$2$bhl(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_c$2$bhl


module mlkem_engine$mem$mul_c$2$blh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_c$2$blh


module mlkem_engine$mem$mul_c$2$bll(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_c$2$bll


module mlkem_engine$mem$mul_c$2$p3(d,q,clock);
    
    // Module arguments
    input wire  [47:0] d;
    output reg  [47:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 48'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_c$2$p3


module mlkem_engine$mem$mul_c$2$p4(d,q,clock);
    
    // Module arguments
    input wire  [47:0] d;
    output reg  [47:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 48'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_c$2$p4


module mlkem_engine$mem$mul_c$2$phh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_c$2$phh


module mlkem_engine$mem$mul_c$2$phl(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_c$2$phl


module mlkem_engine$mem$mul_c$2$plh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_c$2$plh


module mlkem_engine$mem$mul_c$2$pll(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_c$2$pll


module mlkem_engine$mem$mul_c$2$ra(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_c$2$ra


module mlkem_engine$mem$mul_c$2$rb(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_c$2$rb


module mlkem_engine$mem$mul_c$2$res(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_c$2$res


module mlkem_engine$mem$mul_c$3(clock,dsa,a,b,r);
    
    // Module arguments
    input wire  clock;
    input wire  dsa;
    input wire  [23:0] a;
    input wire  [23:0] b;
    output reg  [23:0] r;
    
    // Stub signals
    reg  [23:0] ra$d;
    wire  [23:0] ra$q;
    reg  ra$clock;
    reg  [23:0] rb$d;
    wire  [23:0] rb$q;
    reg  rb$clock;
    reg  [31:0] pll$d;
    wire  [31:0] pll$q;
    reg  pll$clock;
    reg  [31:0] plh$d;
    wire  [31:0] plh$q;
    reg  plh$clock;
    reg  [31:0] phl$d;
    wire  [31:0] phl$q;
    reg  phl$clock;
    reg  [31:0] phh$d;
    wire  [31:0] phh$q;
    reg  phh$clock;
    reg  [47:0] p3$d;
    wire  [47:0] p3$q;
    reg  p3$clock;
    reg  [31:0] bll$d;
    wire  [31:0] bll$q;
    reg  bll$clock;
    reg  [31:0] blh$d;
    wire  [31:0] blh$q;
    reg  blh$clock;
    reg  [31:0] bhl$d;
    wire  [31:0] bhl$q;
    reg  bhl$clock;
    reg  [31:0] bhh$d;
    wire  [31:0] bhh$q;
    reg  bhh$clock;
    reg  [47:0] p4$d;
    wire  [47:0] p4$q;
    reg  p4$clock;
    reg  [23:0] res$d;
    wire  [23:0] res$q;
    reg  res$clock;
    
    // Local signals
    reg  [15:0] al;
    reg  [15:0] ah;
    reg  [15:0] bl;
    reg  [15:0] bh;
    reg  [23:0] t;
    reg  [23:0] m;
    reg  [15:0] tl;
    reg  [15:0] th;
    reg  [15:0] ml;
    reg  [15:0] mh;
    reg  [47:0] tm;
    reg  [24:0] qh;
    reg  [24:0] qq;
    reg  [24:0] qm;
    reg  [24:0] qm2;
    reg  [24:0] r0;
    reg  [24:0] r1;
    reg  [24:0] r2;
    
    // Sub module instances
    mlkem_engine$mem$mul_c$3$ra ra(
        .d(ra$d),
        .q(ra$q),
        .clock(ra$clock)
    );
    mlkem_engine$mem$mul_c$3$rb rb(
        .d(rb$d),
        .q(rb$q),
        .clock(rb$clock)
    );
    mlkem_engine$mem$mul_c$3$pll pll(
        .d(pll$d),
        .q(pll$q),
        .clock(pll$clock)
    );
    mlkem_engine$mem$mul_c$3$plh plh(
        .d(plh$d),
        .q(plh$q),
        .clock(plh$clock)
    );
    mlkem_engine$mem$mul_c$3$phl phl(
        .d(phl$d),
        .q(phl$q),
        .clock(phl$clock)
    );
    mlkem_engine$mem$mul_c$3$phh phh(
        .d(phh$d),
        .q(phh$q),
        .clock(phh$clock)
    );
    mlkem_engine$mem$mul_c$3$p3 p3(
        .d(p3$d),
        .q(p3$q),
        .clock(p3$clock)
    );
    mlkem_engine$mem$mul_c$3$bll bll(
        .d(bll$d),
        .q(bll$q),
        .clock(bll$clock)
    );
    mlkem_engine$mem$mul_c$3$blh blh(
        .d(blh$d),
        .q(blh$q),
        .clock(blh$clock)
    );
    mlkem_engine$mem$mul_c$3$bhl bhl(
        .d(bhl$d),
        .q(bhl$q),
        .clock(bhl$clock)
    );
    mlkem_engine$mem$mul_c$3$bhh bhh(
        .d(bhh$d),
        .q(bhh$q),
        .clock(bhh$clock)
    );
    mlkem_engine$mem$mul_c$3$p4 p4(
        .d(p4$d),
        .q(p4$q),
        .clock(p4$clock)
    );
    mlkem_engine$mem$mul_c$3$res res(
        .d(res$d),
        .q(res$q),
        .clock(res$clock)
    );
    
    // Update code
    always @(*) begin
        ra$clock = clock;
        rb$clock = clock;
        pll$clock = clock;
        plh$clock = clock;
        phl$clock = clock;
        phh$clock = clock;
        p3$clock = clock;
        bll$clock = clock;
        blh$clock = clock;
        bhl$clock = clock;
        bhh$clock = clock;
        p4$clock = clock;
        res$clock = clock;
        ra$d = ra$q;
        rb$d = rb$q;
        pll$d = pll$q;
        plh$d = plh$q;
        phl$d = phl$q;
        phh$d = phh$q;
        p3$d = p3$q;
        bll$d = bll$q;
        blh$d = blh$q;
        bhl$d = bhl$q;
        bhh$d = bhh$q;
        p4$d = p4$q;
        res$d = res$q;
        ra$d = a;
        rb$d = b;
        al = ((ra$q) & 16'hffff);
        ah = ((ra$q >> 32'h10) & 16'hffff);
        bl = ((rb$q) & 16'hffff);
        bh = ((rb$q >> 32'h10) & 16'hffff);
        pll$d = al * bl;
        plh$d = al * bh;
        phl$d = ah * bl;
        phh$d = ah * bh;
        p3$d = ((pll$q) & 48'hffffffffffff) + (((plh$q) & 48'hffffffffffff) << 32'h10) + (((phl$q) & 48'hffffffffffff) << 32'h10) + (((phh$q) & 48'hffffffffffff) << 32'h20);
        if (dsa) begin
            t = ((p3$q >> 32'h16) & 24'hffffff);
            m = 32'h802007;
        end
        else begin
            t = ((p3$q) & 24'hffffff);
            m = 32'h13af;
        end
        tl = ((t) & 16'hffff);
        th = ((t >> 32'h10) & 16'hffff);
        ml = ((m) & 16'hffff);
        mh = ((m >> 32'h10) & 16'hffff);
        bll$d = tl * ml;
        blh$d = tl * mh;
        bhl$d = th * ml;
        bhh$d = th * mh;
        p4$d = p3$q;
        tm = ((bll$q) & 48'hffffffffffff) + (((blh$q) & 48'hffffffffffff) << 32'h10) + (((bhl$q) & 48'hffffffffffff) << 32'h10) + (((bhh$q) & 48'hffffffffffff) << 32'h20);
        qh = ((tm >> 32'h18) & 25'h1ffffff);
        if (dsa) begin
            qq = (qh << 32'h17) - (qh << 32'hd) + qh;
            qm = 32'h7fe001;
            qm2 = 32'hffc002;
        end
        else begin
            qq = (qh << 32'hb) + (qh << 32'ha) + (qh << 32'h8) + qh;
            qm = 32'hd01;
            qm2 = 32'h1a02;
        end
        r0 = ((p4$q) & 25'h1ffffff) - qq;
        r1 = r0 - qm;
        r2 = r0 - qm2;
        res$d = ((r0) & 24'hffffff);
        if (~r2[32'h18]) begin
            res$d = ((r2) & 24'hffffff);
        end
        else if (~r1[32'h18]) begin
            res$d = ((r1) & 24'hffffff);
        end
        r = res$q;
    end
    
endmodule // mlkem_engine$mem$mul_c$3


module mlkem_engine$mem$mul_c$3$bhh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_c$3$bhh


module mlkem_engine$mem$mul_c$3$bhl(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_c$3$bhl


module mlkem_engine$mem$mul_c$3$blh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_c$3$blh


module mlkem_engine$mem$mul_c$3$bll(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_c$3$bll


module mlkem_engine$mem$mul_c$3$p3(d,q,clock);
    
    // Module arguments
    input wire  [47:0] d;
    output reg  [47:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 48'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_c$3$p3


module mlkem_engine$mem$mul_c$3$p4(d,q,clock);
    
    // Module arguments
    input wire  [47:0] d;
    output reg  [47:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 48'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_c$3$p4


module mlkem_engine$mem$mul_c$3$phh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_c$3$phh


module mlkem_engine$mem$mul_c$3$phl(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_c$3$phl


module mlkem_engine$mem$mul_c$3$plh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_c$3$plh


module mlkem_engine$mem$mul_c$3$pll(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_c$3$pll


module mlkem_engine$mem$mul_c$3$ra(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_c$3$ra


module mlkem_engine$mem$mul_c$3$rb(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_c$3$rb


module mlkem_engine$mem$mul_c$3$res(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_c$3$res


module mlkem_engine$mem$mul_d$0(clock,dsa,a,b,r);
    
    // Module arguments
    input wire  clock;
    input wire  dsa;
    input wire  [23:0] a;
    input wire  [23:0] b;
    output reg  [23:0] r;
    
    // Stub signals
    reg  [23:0] ra$d;
    wire  [23:0] ra$q;
    reg  ra$clock;
    reg  [23:0] rb$d;
    wire  [23:0] rb$q;
    reg  rb$clock;
    reg  [31:0] pll$d;
    wire  [31:0] pll$q;
    reg  pll$clock;
    reg  [31:0] plh$d;
    wire  [31:0] plh$q;
    reg  plh$clock;
    reg  [31:0] phl$d;
    wire  [31:0] phl$q;
    reg  phl$clock;
    reg  [31:0] phh$d;
    wire  [31:0] phh$q;
    reg  phh$clock;
    reg  [47:0] p3$d;
    wire  [47:0] p3$q;
    reg  p3$clock;
    reg  [31:0] bll$d;
    wire  [31:0] bll$q;
    reg  bll$clock;
    reg  [31:0] blh$d;
    wire  [31:0] blh$q;
    reg  blh$clock;
    reg  [31:0] bhl$d;
    wire  [31:0] bhl$q;
    reg  bhl$clock;
    reg  [31:0] bhh$d;
    wire  [31:0] bhh$q;
    reg  bhh$clock;
    reg  [47:0] p4$d;
    wire  [47:0] p4$q;
    reg  p4$clock;
    reg  [23:0] res$d;
    wire  [23:0] res$q;
    reg  res$clock;
    
    // Local signals
    reg  [15:0] al;
    reg  [15:0] ah;
    reg  [15:0] bl;
    reg  [15:0] bh;
    reg  [23:0] t;
    reg  [23:0] m;
    reg  [15:0] tl;
    reg  [15:0] th;
    reg  [15:0] ml;
    reg  [15:0] mh;
    reg  [47:0] tm;
    reg  [24:0] qh;
    reg  [24:0] qq;
    reg  [24:0] qm;
    reg  [24:0] qm2;
    reg  [24:0] r0;
    reg  [24:0] r1;
    reg  [24:0] r2;
    
    // Sub module instances
    mlkem_engine$mem$mul_d$0$ra ra(
        .d(ra$d),
        .q(ra$q),
        .clock(ra$clock)
    );
    mlkem_engine$mem$mul_d$0$rb rb(
        .d(rb$d),
        .q(rb$q),
        .clock(rb$clock)
    );
    mlkem_engine$mem$mul_d$0$pll pll(
        .d(pll$d),
        .q(pll$q),
        .clock(pll$clock)
    );
    mlkem_engine$mem$mul_d$0$plh plh(
        .d(plh$d),
        .q(plh$q),
        .clock(plh$clock)
    );
    mlkem_engine$mem$mul_d$0$phl phl(
        .d(phl$d),
        .q(phl$q),
        .clock(phl$clock)
    );
    mlkem_engine$mem$mul_d$0$phh phh(
        .d(phh$d),
        .q(phh$q),
        .clock(phh$clock)
    );
    mlkem_engine$mem$mul_d$0$p3 p3(
        .d(p3$d),
        .q(p3$q),
        .clock(p3$clock)
    );
    mlkem_engine$mem$mul_d$0$bll bll(
        .d(bll$d),
        .q(bll$q),
        .clock(bll$clock)
    );
    mlkem_engine$mem$mul_d$0$blh blh(
        .d(blh$d),
        .q(blh$q),
        .clock(blh$clock)
    );
    mlkem_engine$mem$mul_d$0$bhl bhl(
        .d(bhl$d),
        .q(bhl$q),
        .clock(bhl$clock)
    );
    mlkem_engine$mem$mul_d$0$bhh bhh(
        .d(bhh$d),
        .q(bhh$q),
        .clock(bhh$clock)
    );
    mlkem_engine$mem$mul_d$0$p4 p4(
        .d(p4$d),
        .q(p4$q),
        .clock(p4$clock)
    );
    mlkem_engine$mem$mul_d$0$res res(
        .d(res$d),
        .q(res$q),
        .clock(res$clock)
    );
    
    // Update code
    always @(*) begin
        ra$clock = clock;
        rb$clock = clock;
        pll$clock = clock;
        plh$clock = clock;
        phl$clock = clock;
        phh$clock = clock;
        p3$clock = clock;
        bll$clock = clock;
        blh$clock = clock;
        bhl$clock = clock;
        bhh$clock = clock;
        p4$clock = clock;
        res$clock = clock;
        ra$d = ra$q;
        rb$d = rb$q;
        pll$d = pll$q;
        plh$d = plh$q;
        phl$d = phl$q;
        phh$d = phh$q;
        p3$d = p3$q;
        bll$d = bll$q;
        blh$d = blh$q;
        bhl$d = bhl$q;
        bhh$d = bhh$q;
        p4$d = p4$q;
        res$d = res$q;
        ra$d = a;
        rb$d = b;
        al = ((ra$q) & 16'hffff);
        ah = ((ra$q >> 32'h10) & 16'hffff);
        bl = ((rb$q) & 16'hffff);
        bh = ((rb$q >> 32'h10) & 16'hffff);
        pll$d = al * bl;
        plh$d = al * bh;
        phl$d = ah * bl;
        phh$d = ah * bh;
        p3$d = ((pll$q) & 48'hffffffffffff) + (((plh$q) & 48'hffffffffffff) << 32'h10) + (((phl$q) & 48'hffffffffffff) << 32'h10) + (((phh$q) & 48'hffffffffffff) << 32'h20);
        if (dsa) begin
            t = ((p3$q >> 32'h16) & 24'hffffff);
            m = 32'h802007;
        end
        else begin
            t = ((p3$q) & 24'hffffff);
            m = 32'h13af;
        end
        tl = ((t) & 16'hffff);
        th = ((t >> 32'h10) & 16'hffff);
        ml = ((m) & 16'hffff);
        mh = ((m >> 32'h10) & 16'hffff);
        bll$d = tl * ml;
        blh$d = tl * mh;
        bhl$d = th * ml;
        bhh$d = th * mh;
        p4$d = p3$q;
        tm = ((bll$q) & 48'hffffffffffff) + (((blh$q) & 48'hffffffffffff) << 32'h10) + (((bhl$q) & 48'hffffffffffff) << 32'h10) + (((bhh$q) & 48'hffffffffffff) << 32'h20);
        qh = ((tm >> 32'h18) & 25'h1ffffff);
        if (dsa) begin
            qq = (qh << 32'h17) - (qh << 32'hd) + qh;
            qm = 32'h7fe001;
            qm2 = 32'hffc002;
        end
        else begin
            qq = (qh << 32'hb) + (qh << 32'ha) + (qh << 32'h8) + qh;
            qm = 32'hd01;
            qm2 = 32'h1a02;
        end
        r0 = ((p4$q) & 25'h1ffffff) - qq;
        r1 = r0 - qm;
        r2 = r0 - qm2;
        res$d = ((r0) & 24'hffffff);
        if (~r2[32'h18]) begin
            res$d = ((r2) & 24'hffffff);
        end
        else if (~r1[32'h18]) begin
            res$d = ((r1) & 24'hffffff);
        end
        r = res$q;
    end
    
endmodule // mlkem_engine$mem$mul_d$0


module mlkem_engine$mem$mul_d$0$bhh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_d$0$bhh


module mlkem_engine$mem$mul_d$0$bhl(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_d$0$bhl


module mlkem_engine$mem$mul_d$0$blh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_d$0$blh


module mlkem_engine$mem$mul_d$0$bll(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_d$0$bll


module mlkem_engine$mem$mul_d$0$p3(d,q,clock);
    
    // Module arguments
    input wire  [47:0] d;
    output reg  [47:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 48'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_d$0$p3


module mlkem_engine$mem$mul_d$0$p4(d,q,clock);
    
    // Module arguments
    input wire  [47:0] d;
    output reg  [47:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 48'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_d$0$p4


module mlkem_engine$mem$mul_d$0$phh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_d$0$phh


module mlkem_engine$mem$mul_d$0$phl(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_d$0$phl


module mlkem_engine$mem$mul_d$0$plh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_d$0$plh


module mlkem_engine$mem$mul_d$0$pll(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_d$0$pll


module mlkem_engine$mem$mul_d$0$ra(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_d$0$ra


module mlkem_engine$mem$mul_d$0$rb(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_d$0$rb


module mlkem_engine$mem$mul_d$0$res(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_d$0$res


module mlkem_engine$mem$mul_d$1(clock,dsa,a,b,r);
    
    // Module arguments
    input wire  clock;
    input wire  dsa;
    input wire  [23:0] a;
    input wire  [23:0] b;
    output reg  [23:0] r;
    
    // Stub signals
    reg  [23:0] ra$d;
    wire  [23:0] ra$q;
    reg  ra$clock;
    reg  [23:0] rb$d;
    wire  [23:0] rb$q;
    reg  rb$clock;
    reg  [31:0] pll$d;
    wire  [31:0] pll$q;
    reg  pll$clock;
    reg  [31:0] plh$d;
    wire  [31:0] plh$q;
    reg  plh$clock;
    reg  [31:0] phl$d;
    wire  [31:0] phl$q;
    reg  phl$clock;
    reg  [31:0] phh$d;
    wire  [31:0] phh$q;
    reg  phh$clock;
    reg  [47:0] p3$d;
    wire  [47:0] p3$q;
    reg  p3$clock;
    reg  [31:0] bll$d;
    wire  [31:0] bll$q;
    reg  bll$clock;
    reg  [31:0] blh$d;
    wire  [31:0] blh$q;
    reg  blh$clock;
    reg  [31:0] bhl$d;
    wire  [31:0] bhl$q;
    reg  bhl$clock;
    reg  [31:0] bhh$d;
    wire  [31:0] bhh$q;
    reg  bhh$clock;
    reg  [47:0] p4$d;
    wire  [47:0] p4$q;
    reg  p4$clock;
    reg  [23:0] res$d;
    wire  [23:0] res$q;
    reg  res$clock;
    
    // Local signals
    reg  [15:0] al;
    reg  [15:0] ah;
    reg  [15:0] bl;
    reg  [15:0] bh;
    reg  [23:0] t;
    reg  [23:0] m;
    reg  [15:0] tl;
    reg  [15:0] th;
    reg  [15:0] ml;
    reg  [15:0] mh;
    reg  [47:0] tm;
    reg  [24:0] qh;
    reg  [24:0] qq;
    reg  [24:0] qm;
    reg  [24:0] qm2;
    reg  [24:0] r0;
    reg  [24:0] r1;
    reg  [24:0] r2;
    
    // Sub module instances
    mlkem_engine$mem$mul_d$1$ra ra(
        .d(ra$d),
        .q(ra$q),
        .clock(ra$clock)
    );
    mlkem_engine$mem$mul_d$1$rb rb(
        .d(rb$d),
        .q(rb$q),
        .clock(rb$clock)
    );
    mlkem_engine$mem$mul_d$1$pll pll(
        .d(pll$d),
        .q(pll$q),
        .clock(pll$clock)
    );
    mlkem_engine$mem$mul_d$1$plh plh(
        .d(plh$d),
        .q(plh$q),
        .clock(plh$clock)
    );
    mlkem_engine$mem$mul_d$1$phl phl(
        .d(phl$d),
        .q(phl$q),
        .clock(phl$clock)
    );
    mlkem_engine$mem$mul_d$1$phh phh(
        .d(phh$d),
        .q(phh$q),
        .clock(phh$clock)
    );
    mlkem_engine$mem$mul_d$1$p3 p3(
        .d(p3$d),
        .q(p3$q),
        .clock(p3$clock)
    );
    mlkem_engine$mem$mul_d$1$bll bll(
        .d(bll$d),
        .q(bll$q),
        .clock(bll$clock)
    );
    mlkem_engine$mem$mul_d$1$blh blh(
        .d(blh$d),
        .q(blh$q),
        .clock(blh$clock)
    );
    mlkem_engine$mem$mul_d$1$bhl bhl(
        .d(bhl$d),
        .q(bhl$q),
        .clock(bhl$clock)
    );
    mlkem_engine$mem$mul_d$1$bhh bhh(
        .d(bhh$d),
        .q(bhh$q),
        .clock(bhh$clock)
    );
    mlkem_engine$mem$mul_d$1$p4 p4(
        .d(p4$d),
        .q(p4$q),
        .clock(p4$clock)
    );
    mlkem_engine$mem$mul_d$1$res res(
        .d(res$d),
        .q(res$q),
        .clock(res$clock)
    );
    
    // Update code
    always @(*) begin
        ra$clock = clock;
        rb$clock = clock;
        pll$clock = clock;
        plh$clock = clock;
        phl$clock = clock;
        phh$clock = clock;
        p3$clock = clock;
        bll$clock = clock;
        blh$clock = clock;
        bhl$clock = clock;
        bhh$clock = clock;
        p4$clock = clock;
        res$clock = clock;
        ra$d = ra$q;
        rb$d = rb$q;
        pll$d = pll$q;
        plh$d = plh$q;
        phl$d = phl$q;
        phh$d = phh$q;
        p3$d = p3$q;
        bll$d = bll$q;
        blh$d = blh$q;
        bhl$d = bhl$q;
        bhh$d = bhh$q;
        p4$d = p4$q;
        res$d = res$q;
        ra$d = a;
        rb$d = b;
        al = ((ra$q) & 16'hffff);
        ah = ((ra$q >> 32'h10) & 16'hffff);
        bl = ((rb$q) & 16'hffff);
        bh = ((rb$q >> 32'h10) & 16'hffff);
        pll$d = al * bl;
        plh$d = al * bh;
        phl$d = ah * bl;
        phh$d = ah * bh;
        p3$d = ((pll$q) & 48'hffffffffffff) + (((plh$q) & 48'hffffffffffff) << 32'h10) + (((phl$q) & 48'hffffffffffff) << 32'h10) + (((phh$q) & 48'hffffffffffff) << 32'h20);
        if (dsa) begin
            t = ((p3$q >> 32'h16) & 24'hffffff);
            m = 32'h802007;
        end
        else begin
            t = ((p3$q) & 24'hffffff);
            m = 32'h13af;
        end
        tl = ((t) & 16'hffff);
        th = ((t >> 32'h10) & 16'hffff);
        ml = ((m) & 16'hffff);
        mh = ((m >> 32'h10) & 16'hffff);
        bll$d = tl * ml;
        blh$d = tl * mh;
        bhl$d = th * ml;
        bhh$d = th * mh;
        p4$d = p3$q;
        tm = ((bll$q) & 48'hffffffffffff) + (((blh$q) & 48'hffffffffffff) << 32'h10) + (((bhl$q) & 48'hffffffffffff) << 32'h10) + (((bhh$q) & 48'hffffffffffff) << 32'h20);
        qh = ((tm >> 32'h18) & 25'h1ffffff);
        if (dsa) begin
            qq = (qh << 32'h17) - (qh << 32'hd) + qh;
            qm = 32'h7fe001;
            qm2 = 32'hffc002;
        end
        else begin
            qq = (qh << 32'hb) + (qh << 32'ha) + (qh << 32'h8) + qh;
            qm = 32'hd01;
            qm2 = 32'h1a02;
        end
        r0 = ((p4$q) & 25'h1ffffff) - qq;
        r1 = r0 - qm;
        r2 = r0 - qm2;
        res$d = ((r0) & 24'hffffff);
        if (~r2[32'h18]) begin
            res$d = ((r2) & 24'hffffff);
        end
        else if (~r1[32'h18]) begin
            res$d = ((r1) & 24'hffffff);
        end
        r = res$q;
    end
    
endmodule // mlkem_engine$mem$mul_d$1


module mlkem_engine$mem$mul_d$1$bhh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_d$1$bhh


module mlkem_engine$mem$mul_d$1$bhl(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_d$1$bhl


module mlkem_engine$mem$mul_d$1$blh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_d$1$blh


module mlkem_engine$mem$mul_d$1$bll(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_d$1$bll


module mlkem_engine$mem$mul_d$1$p3(d,q,clock);
    
    // Module arguments
    input wire  [47:0] d;
    output reg  [47:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 48'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_d$1$p3


module mlkem_engine$mem$mul_d$1$p4(d,q,clock);
    
    // Module arguments
    input wire  [47:0] d;
    output reg  [47:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 48'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_d$1$p4


module mlkem_engine$mem$mul_d$1$phh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_d$1$phh


module mlkem_engine$mem$mul_d$1$phl(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_d$1$phl


module mlkem_engine$mem$mul_d$1$plh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_d$1$plh


module mlkem_engine$mem$mul_d$1$pll(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_d$1$pll


module mlkem_engine$mem$mul_d$1$ra(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_d$1$ra


module mlkem_engine$mem$mul_d$1$rb(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_d$1$rb


module mlkem_engine$mem$mul_d$1$res(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_d$1$res


module mlkem_engine$mem$mul_d$2(clock,dsa,a,b,r);
    
    // Module arguments
    input wire  clock;
    input wire  dsa;
    input wire  [23:0] a;
    input wire  [23:0] b;
    output reg  [23:0] r;
    
    // Stub signals
    reg  [23:0] ra$d;
    wire  [23:0] ra$q;
    reg  ra$clock;
    reg  [23:0] rb$d;
    wire  [23:0] rb$q;
    reg  rb$clock;
    reg  [31:0] pll$d;
    wire  [31:0] pll$q;
    reg  pll$clock;
    reg  [31:0] plh$d;
    wire  [31:0] plh$q;
    reg  plh$clock;
    reg  [31:0] phl$d;
    wire  [31:0] phl$q;
    reg  phl$clock;
    reg  [31:0] phh$d;
    wire  [31:0] phh$q;
    reg  phh$clock;
    reg  [47:0] p3$d;
    wire  [47:0] p3$q;
    reg  p3$clock;
    reg  [31:0] bll$d;
    wire  [31:0] bll$q;
    reg  bll$clock;
    reg  [31:0] blh$d;
    wire  [31:0] blh$q;
    reg  blh$clock;
    reg  [31:0] bhl$d;
    wire  [31:0] bhl$q;
    reg  bhl$clock;
    reg  [31:0] bhh$d;
    wire  [31:0] bhh$q;
    reg  bhh$clock;
    reg  [47:0] p4$d;
    wire  [47:0] p4$q;
    reg  p4$clock;
    reg  [23:0] res$d;
    wire  [23:0] res$q;
    reg  res$clock;
    
    // Local signals
    reg  [15:0] al;
    reg  [15:0] ah;
    reg  [15:0] bl;
    reg  [15:0] bh;
    reg  [23:0] t;
    reg  [23:0] m;
    reg  [15:0] tl;
    reg  [15:0] th;
    reg  [15:0] ml;
    reg  [15:0] mh;
    reg  [47:0] tm;
    reg  [24:0] qh;
    reg  [24:0] qq;
    reg  [24:0] qm;
    reg  [24:0] qm2;
    reg  [24:0] r0;
    reg  [24:0] r1;
    reg  [24:0] r2;
    
    // Sub module instances
    mlkem_engine$mem$mul_d$2$ra ra(
        .d(ra$d),
        .q(ra$q),
        .clock(ra$clock)
    );
    mlkem_engine$mem$mul_d$2$rb rb(
        .d(rb$d),
        .q(rb$q),
        .clock(rb$clock)
    );
    mlkem_engine$mem$mul_d$2$pll pll(
        .d(pll$d),
        .q(pll$q),
        .clock(pll$clock)
    );
    mlkem_engine$mem$mul_d$2$plh plh(
        .d(plh$d),
        .q(plh$q),
        .clock(plh$clock)
    );
    mlkem_engine$mem$mul_d$2$phl phl(
        .d(phl$d),
        .q(phl$q),
        .clock(phl$clock)
    );
    mlkem_engine$mem$mul_d$2$phh phh(
        .d(phh$d),
        .q(phh$q),
        .clock(phh$clock)
    );
    mlkem_engine$mem$mul_d$2$p3 p3(
        .d(p3$d),
        .q(p3$q),
        .clock(p3$clock)
    );
    mlkem_engine$mem$mul_d$2$bll bll(
        .d(bll$d),
        .q(bll$q),
        .clock(bll$clock)
    );
    mlkem_engine$mem$mul_d$2$blh blh(
        .d(blh$d),
        .q(blh$q),
        .clock(blh$clock)
    );
    mlkem_engine$mem$mul_d$2$bhl bhl(
        .d(bhl$d),
        .q(bhl$q),
        .clock(bhl$clock)
    );
    mlkem_engine$mem$mul_d$2$bhh bhh(
        .d(bhh$d),
        .q(bhh$q),
        .clock(bhh$clock)
    );
    mlkem_engine$mem$mul_d$2$p4 p4(
        .d(p4$d),
        .q(p4$q),
        .clock(p4$clock)
    );
    mlkem_engine$mem$mul_d$2$res res(
        .d(res$d),
        .q(res$q),
        .clock(res$clock)
    );
    
    // Update code
    always @(*) begin
        ra$clock = clock;
        rb$clock = clock;
        pll$clock = clock;
        plh$clock = clock;
        phl$clock = clock;
        phh$clock = clock;
        p3$clock = clock;
        bll$clock = clock;
        blh$clock = clock;
        bhl$clock = clock;
        bhh$clock = clock;
        p4$clock = clock;
        res$clock = clock;
        ra$d = ra$q;
        rb$d = rb$q;
        pll$d = pll$q;
        plh$d = plh$q;
        phl$d = phl$q;
        phh$d = phh$q;
        p3$d = p3$q;
        bll$d = bll$q;
        blh$d = blh$q;
        bhl$d = bhl$q;
        bhh$d = bhh$q;
        p4$d = p4$q;
        res$d = res$q;
        ra$d = a;
        rb$d = b;
        al = ((ra$q) & 16'hffff);
        ah = ((ra$q >> 32'h10) & 16'hffff);
        bl = ((rb$q) & 16'hffff);
        bh = ((rb$q >> 32'h10) & 16'hffff);
        pll$d = al * bl;
        plh$d = al * bh;
        phl$d = ah * bl;
        phh$d = ah * bh;
        p3$d = ((pll$q) & 48'hffffffffffff) + (((plh$q) & 48'hffffffffffff) << 32'h10) + (((phl$q) & 48'hffffffffffff) << 32'h10) + (((phh$q) & 48'hffffffffffff) << 32'h20);
        if (dsa) begin
            t = ((p3$q >> 32'h16) & 24'hffffff);
            m = 32'h802007;
        end
        else begin
            t = ((p3$q) & 24'hffffff);
            m = 32'h13af;
        end
        tl = ((t) & 16'hffff);
        th = ((t >> 32'h10) & 16'hffff);
        ml = ((m) & 16'hffff);
        mh = ((m >> 32'h10) & 16'hffff);
        bll$d = tl * ml;
        blh$d = tl * mh;
        bhl$d = th * ml;
        bhh$d = th * mh;
        p4$d = p3$q;
        tm = ((bll$q) & 48'hffffffffffff) + (((blh$q) & 48'hffffffffffff) << 32'h10) + (((bhl$q) & 48'hffffffffffff) << 32'h10) + (((bhh$q) & 48'hffffffffffff) << 32'h20);
        qh = ((tm >> 32'h18) & 25'h1ffffff);
        if (dsa) begin
            qq = (qh << 32'h17) - (qh << 32'hd) + qh;
            qm = 32'h7fe001;
            qm2 = 32'hffc002;
        end
        else begin
            qq = (qh << 32'hb) + (qh << 32'ha) + (qh << 32'h8) + qh;
            qm = 32'hd01;
            qm2 = 32'h1a02;
        end
        r0 = ((p4$q) & 25'h1ffffff) - qq;
        r1 = r0 - qm;
        r2 = r0 - qm2;
        res$d = ((r0) & 24'hffffff);
        if (~r2[32'h18]) begin
            res$d = ((r2) & 24'hffffff);
        end
        else if (~r1[32'h18]) begin
            res$d = ((r1) & 24'hffffff);
        end
        r = res$q;
    end
    
endmodule // mlkem_engine$mem$mul_d$2


module mlkem_engine$mem$mul_d$2$bhh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_d$2$bhh


module mlkem_engine$mem$mul_d$2$bhl(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_d$2$bhl


module mlkem_engine$mem$mul_d$2$blh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_d$2$blh


module mlkem_engine$mem$mul_d$2$bll(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_d$2$bll


module mlkem_engine$mem$mul_d$2$p3(d,q,clock);
    
    // Module arguments
    input wire  [47:0] d;
    output reg  [47:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 48'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_d$2$p3


module mlkem_engine$mem$mul_d$2$p4(d,q,clock);
    
    // Module arguments
    input wire  [47:0] d;
    output reg  [47:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 48'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_d$2$p4


module mlkem_engine$mem$mul_d$2$phh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_d$2$phh


module mlkem_engine$mem$mul_d$2$phl(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_d$2$phl


module mlkem_engine$mem$mul_d$2$plh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_d$2$plh


module mlkem_engine$mem$mul_d$2$pll(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_d$2$pll


module mlkem_engine$mem$mul_d$2$ra(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_d$2$ra


module mlkem_engine$mem$mul_d$2$rb(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_d$2$rb


module mlkem_engine$mem$mul_d$2$res(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_d$2$res


module mlkem_engine$mem$mul_d$3(clock,dsa,a,b,r);
    
    // Module arguments
    input wire  clock;
    input wire  dsa;
    input wire  [23:0] a;
    input wire  [23:0] b;
    output reg  [23:0] r;
    
    // Stub signals
    reg  [23:0] ra$d;
    wire  [23:0] ra$q;
    reg  ra$clock;
    reg  [23:0] rb$d;
    wire  [23:0] rb$q;
    reg  rb$clock;
    reg  [31:0] pll$d;
    wire  [31:0] pll$q;
    reg  pll$clock;
    reg  [31:0] plh$d;
    wire  [31:0] plh$q;
    reg  plh$clock;
    reg  [31:0] phl$d;
    wire  [31:0] phl$q;
    reg  phl$clock;
    reg  [31:0] phh$d;
    wire  [31:0] phh$q;
    reg  phh$clock;
    reg  [47:0] p3$d;
    wire  [47:0] p3$q;
    reg  p3$clock;
    reg  [31:0] bll$d;
    wire  [31:0] bll$q;
    reg  bll$clock;
    reg  [31:0] blh$d;
    wire  [31:0] blh$q;
    reg  blh$clock;
    reg  [31:0] bhl$d;
    wire  [31:0] bhl$q;
    reg  bhl$clock;
    reg  [31:0] bhh$d;
    wire  [31:0] bhh$q;
    reg  bhh$clock;
    reg  [47:0] p4$d;
    wire  [47:0] p4$q;
    reg  p4$clock;
    reg  [23:0] res$d;
    wire  [23:0] res$q;
    reg  res$clock;
    
    // Local signals
    reg  [15:0] al;
    reg  [15:0] ah;
    reg  [15:0] bl;
    reg  [15:0] bh;
    reg  [23:0] t;
    reg  [23:0] m;
    reg  [15:0] tl;
    reg  [15:0] th;
    reg  [15:0] ml;
    reg  [15:0] mh;
    reg  [47:0] tm;
    reg  [24:0] qh;
    reg  [24:0] qq;
    reg  [24:0] qm;
    reg  [24:0] qm2;
    reg  [24:0] r0;
    reg  [24:0] r1;
    reg  [24:0] r2;
    
    // Sub module instances
    mlkem_engine$mem$mul_d$3$ra ra(
        .d(ra$d),
        .q(ra$q),
        .clock(ra$clock)
    );
    mlkem_engine$mem$mul_d$3$rb rb(
        .d(rb$d),
        .q(rb$q),
        .clock(rb$clock)
    );
    mlkem_engine$mem$mul_d$3$pll pll(
        .d(pll$d),
        .q(pll$q),
        .clock(pll$clock)
    );
    mlkem_engine$mem$mul_d$3$plh plh(
        .d(plh$d),
        .q(plh$q),
        .clock(plh$clock)
    );
    mlkem_engine$mem$mul_d$3$phl phl(
        .d(phl$d),
        .q(phl$q),
        .clock(phl$clock)
    );
    mlkem_engine$mem$mul_d$3$phh phh(
        .d(phh$d),
        .q(phh$q),
        .clock(phh$clock)
    );
    mlkem_engine$mem$mul_d$3$p3 p3(
        .d(p3$d),
        .q(p3$q),
        .clock(p3$clock)
    );
    mlkem_engine$mem$mul_d$3$bll bll(
        .d(bll$d),
        .q(bll$q),
        .clock(bll$clock)
    );
    mlkem_engine$mem$mul_d$3$blh blh(
        .d(blh$d),
        .q(blh$q),
        .clock(blh$clock)
    );
    mlkem_engine$mem$mul_d$3$bhl bhl(
        .d(bhl$d),
        .q(bhl$q),
        .clock(bhl$clock)
    );
    mlkem_engine$mem$mul_d$3$bhh bhh(
        .d(bhh$d),
        .q(bhh$q),
        .clock(bhh$clock)
    );
    mlkem_engine$mem$mul_d$3$p4 p4(
        .d(p4$d),
        .q(p4$q),
        .clock(p4$clock)
    );
    mlkem_engine$mem$mul_d$3$res res(
        .d(res$d),
        .q(res$q),
        .clock(res$clock)
    );
    
    // Update code
    always @(*) begin
        ra$clock = clock;
        rb$clock = clock;
        pll$clock = clock;
        plh$clock = clock;
        phl$clock = clock;
        phh$clock = clock;
        p3$clock = clock;
        bll$clock = clock;
        blh$clock = clock;
        bhl$clock = clock;
        bhh$clock = clock;
        p4$clock = clock;
        res$clock = clock;
        ra$d = ra$q;
        rb$d = rb$q;
        pll$d = pll$q;
        plh$d = plh$q;
        phl$d = phl$q;
        phh$d = phh$q;
        p3$d = p3$q;
        bll$d = bll$q;
        blh$d = blh$q;
        bhl$d = bhl$q;
        bhh$d = bhh$q;
        p4$d = p4$q;
        res$d = res$q;
        ra$d = a;
        rb$d = b;
        al = ((ra$q) & 16'hffff);
        ah = ((ra$q >> 32'h10) & 16'hffff);
        bl = ((rb$q) & 16'hffff);
        bh = ((rb$q >> 32'h10) & 16'hffff);
        pll$d = al * bl;
        plh$d = al * bh;
        phl$d = ah * bl;
        phh$d = ah * bh;
        p3$d = ((pll$q) & 48'hffffffffffff) + (((plh$q) & 48'hffffffffffff) << 32'h10) + (((phl$q) & 48'hffffffffffff) << 32'h10) + (((phh$q) & 48'hffffffffffff) << 32'h20);
        if (dsa) begin
            t = ((p3$q >> 32'h16) & 24'hffffff);
            m = 32'h802007;
        end
        else begin
            t = ((p3$q) & 24'hffffff);
            m = 32'h13af;
        end
        tl = ((t) & 16'hffff);
        th = ((t >> 32'h10) & 16'hffff);
        ml = ((m) & 16'hffff);
        mh = ((m >> 32'h10) & 16'hffff);
        bll$d = tl * ml;
        blh$d = tl * mh;
        bhl$d = th * ml;
        bhh$d = th * mh;
        p4$d = p3$q;
        tm = ((bll$q) & 48'hffffffffffff) + (((blh$q) & 48'hffffffffffff) << 32'h10) + (((bhl$q) & 48'hffffffffffff) << 32'h10) + (((bhh$q) & 48'hffffffffffff) << 32'h20);
        qh = ((tm >> 32'h18) & 25'h1ffffff);
        if (dsa) begin
            qq = (qh << 32'h17) - (qh << 32'hd) + qh;
            qm = 32'h7fe001;
            qm2 = 32'hffc002;
        end
        else begin
            qq = (qh << 32'hb) + (qh << 32'ha) + (qh << 32'h8) + qh;
            qm = 32'hd01;
            qm2 = 32'h1a02;
        end
        r0 = ((p4$q) & 25'h1ffffff) - qq;
        r1 = r0 - qm;
        r2 = r0 - qm2;
        res$d = ((r0) & 24'hffffff);
        if (~r2[32'h18]) begin
            res$d = ((r2) & 24'hffffff);
        end
        else if (~r1[32'h18]) begin
            res$d = ((r1) & 24'hffffff);
        end
        r = res$q;
    end
    
endmodule // mlkem_engine$mem$mul_d$3


module mlkem_engine$mem$mul_d$3$bhh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_d$3$bhh


module mlkem_engine$mem$mul_d$3$bhl(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_d$3$bhl


module mlkem_engine$mem$mul_d$3$blh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_d$3$blh


module mlkem_engine$mem$mul_d$3$bll(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_d$3$bll


module mlkem_engine$mem$mul_d$3$p3(d,q,clock);
    
    // Module arguments
    input wire  [47:0] d;
    output reg  [47:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 48'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_d$3$p3


module mlkem_engine$mem$mul_d$3$p4(d,q,clock);
    
    // Module arguments
    input wire  [47:0] d;
    output reg  [47:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 48'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_d$3$p4


module mlkem_engine$mem$mul_d$3$phh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_d$3$phh


module mlkem_engine$mem$mul_d$3$phl(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_d$3$phl


module mlkem_engine$mem$mul_d$3$plh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_d$3$plh


module mlkem_engine$mem$mul_d$3$pll(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_d$3$pll


module mlkem_engine$mem$mul_d$3$ra(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_d$3$ra


module mlkem_engine$mem$mul_d$3$rb(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_d$3$rb


module mlkem_engine$mem$mul_d$3$res(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$mul_d$3$res


module mlkem_engine$mem$opc(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$opc


module mlkem_engine$mem$ram_a$0(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [8:0] read_address;
    input wire  read_clock;
    output reg  [23:0] read_data;
    input wire  [8:0] write_address;
    input wire  write_clock;
    input wire  [23:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[23:0] mem[511:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // mlkem_engine$mem$ram_a$0


module mlkem_engine$mem$ram_a$1(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [8:0] read_address;
    input wire  read_clock;
    output reg  [23:0] read_data;
    input wire  [8:0] write_address;
    input wire  write_clock;
    input wire  [23:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[23:0] mem[511:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // mlkem_engine$mem$ram_a$1


module mlkem_engine$mem$ram_a$2(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [8:0] read_address;
    input wire  read_clock;
    output reg  [23:0] read_data;
    input wire  [8:0] write_address;
    input wire  write_clock;
    input wire  [23:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[23:0] mem[511:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // mlkem_engine$mem$ram_a$2


module mlkem_engine$mem$ram_a$3(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [8:0] read_address;
    input wire  read_clock;
    output reg  [23:0] read_data;
    input wire  [8:0] write_address;
    input wire  write_clock;
    input wire  [23:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[23:0] mem[511:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // mlkem_engine$mem$ram_a$3


module mlkem_engine$mem$ram_a$4(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [8:0] read_address;
    input wire  read_clock;
    output reg  [23:0] read_data;
    input wire  [8:0] write_address;
    input wire  write_clock;
    input wire  [23:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[23:0] mem[511:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // mlkem_engine$mem$ram_a$4


module mlkem_engine$mem$ram_a$5(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [8:0] read_address;
    input wire  read_clock;
    output reg  [23:0] read_data;
    input wire  [8:0] write_address;
    input wire  write_clock;
    input wire  [23:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[23:0] mem[511:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // mlkem_engine$mem$ram_a$5


module mlkem_engine$mem$ram_a$6(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [8:0] read_address;
    input wire  read_clock;
    output reg  [23:0] read_data;
    input wire  [8:0] write_address;
    input wire  write_clock;
    input wire  [23:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[23:0] mem[511:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // mlkem_engine$mem$ram_a$6


module mlkem_engine$mem$ram_a$7(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [8:0] read_address;
    input wire  read_clock;
    output reg  [23:0] read_data;
    input wire  [8:0] write_address;
    input wire  write_clock;
    input wire  [23:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[23:0] mem[511:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // mlkem_engine$mem$ram_a$7


module mlkem_engine$mem$ram_b$0(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [8:0] read_address;
    input wire  read_clock;
    output reg  [23:0] read_data;
    input wire  [8:0] write_address;
    input wire  write_clock;
    input wire  [23:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[23:0] mem[511:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // mlkem_engine$mem$ram_b$0


module mlkem_engine$mem$ram_b$1(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [8:0] read_address;
    input wire  read_clock;
    output reg  [23:0] read_data;
    input wire  [8:0] write_address;
    input wire  write_clock;
    input wire  [23:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[23:0] mem[511:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // mlkem_engine$mem$ram_b$1


module mlkem_engine$mem$ram_b$2(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [8:0] read_address;
    input wire  read_clock;
    output reg  [23:0] read_data;
    input wire  [8:0] write_address;
    input wire  write_clock;
    input wire  [23:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[23:0] mem[511:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // mlkem_engine$mem$ram_b$2


module mlkem_engine$mem$ram_b$3(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [8:0] read_address;
    input wire  read_clock;
    output reg  [23:0] read_data;
    input wire  [8:0] write_address;
    input wire  write_clock;
    input wire  [23:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[23:0] mem[511:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // mlkem_engine$mem$ram_b$3


module mlkem_engine$mem$ram_b$4(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [8:0] read_address;
    input wire  read_clock;
    output reg  [23:0] read_data;
    input wire  [8:0] write_address;
    input wire  write_clock;
    input wire  [23:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[23:0] mem[511:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // mlkem_engine$mem$ram_b$4


module mlkem_engine$mem$ram_b$5(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [8:0] read_address;
    input wire  read_clock;
    output reg  [23:0] read_data;
    input wire  [8:0] write_address;
    input wire  write_clock;
    input wire  [23:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[23:0] mem[511:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // mlkem_engine$mem$ram_b$5


module mlkem_engine$mem$ram_b$6(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [8:0] read_address;
    input wire  read_clock;
    output reg  [23:0] read_data;
    input wire  [8:0] write_address;
    input wire  write_clock;
    input wire  [23:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[23:0] mem[511:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // mlkem_engine$mem$ram_b$6


module mlkem_engine$mem$ram_b$7(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [8:0] read_address;
    input wire  read_clock;
    output reg  [23:0] read_data;
    input wire  [8:0] write_address;
    input wire  write_clock;
    input wire  [23:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[23:0] mem[511:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // mlkem_engine$mem$ram_b$7


module mlkem_engine$mem$red(d,q,clock);
    
    // Module arguments
    input wire  [42:0] d;
    output reg  [42:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 43'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$red


module mlkem_engine$mem$rom$0(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [8:0] read_address;
    input wire  read_clock;
    output reg  [23:0] read_data;
    input wire  [8:0] write_address;
    input wire  write_clock;
    input wire  [23:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[23:0] mem[511:0];
    
    initial begin
    mem[9'b0] = 24'h1;
    mem[9'b1] = 24'h6c1;
    mem[9'b10] = 24'ha14;
    mem[9'b11] = 24'hcd9;
    mem[9'b100] = 24'ha52;
    mem[9'b101] = 24'h276;
    mem[9'b110] = 24'h769;
    mem[9'b111] = 24'h350;
    mem[9'b1000] = 24'h426;
    mem[9'b1001] = 24'h77f;
    mem[9'b1010] = 24'hc1;
    mem[9'b1011] = 24'h31d;
    mem[9'b1100] = 24'hae2;
    mem[9'b1101] = 24'hcbc;
    mem[9'b1110] = 24'h239;
    mem[9'b1111] = 24'h6d2;
    mem[9'b10000] = 24'h128;
    mem[9'b10001] = 24'h98f;
    mem[9'b10010] = 24'h53b;
    mem[9'b10011] = 24'h5c4;
    mem[9'b10100] = 24'hbe6;
    mem[9'b10101] = 24'h38;
    mem[9'b10110] = 24'h8c0;
    mem[9'b10111] = 24'h535;
    mem[9'b11000] = 24'h592;
    mem[9'b11001] = 24'h82e;
    mem[9'b11010] = 24'h217;
    mem[9'b11011] = 24'hb42;
    mem[9'b11100] = 24'h959;
    mem[9'b11101] = 24'hb3f;
    mem[9'b11110] = 24'h7b6;
    mem[9'b11111] = 24'h335;
    mem[9'b100000] = 24'h121;
    mem[9'b100001] = 24'h14b;
    mem[9'b100010] = 24'hcb5;
    mem[9'b100011] = 24'h6dc;
    mem[9'b100100] = 24'h4ad;
    mem[9'b100101] = 24'h900;
    mem[9'b100110] = 24'h8e5;
    mem[9'b100111] = 24'h807;
    mem[9'b101000] = 24'h28a;
    mem[9'b101001] = 24'h7b9;
    mem[9'b101010] = 24'h9d1;
    mem[9'b101011] = 24'h278;
    mem[9'b101100] = 24'hb31;
    mem[9'b101101] = 24'h21;
    mem[9'b101110] = 24'h528;
    mem[9'b101111] = 24'h77b;
    mem[9'b110000] = 24'h90f;
    mem[9'b110001] = 24'h59b;
    mem[9'b110010] = 24'h327;
    mem[9'b110011] = 24'h1c4;
    mem[9'b110100] = 24'h59e;
    mem[9'b110101] = 24'hb34;
    mem[9'b110110] = 24'h5fe;
    mem[9'b110111] = 24'h962;
    mem[9'b111000] = 24'ha57;
    mem[9'b111001] = 24'ha39;
    mem[9'b111010] = 24'h5c9;
    mem[9'b111011] = 24'h288;
    mem[9'b111100] = 24'h9aa;
    mem[9'b111101] = 24'hc26;
    mem[9'b111110] = 24'h4cb;
    mem[9'b111111] = 24'h38e;
    mem[9'b1000000] = 24'h11;
    mem[9'b1000001] = 24'hac9;
    mem[9'b1000010] = 24'h247;
    mem[9'b1000011] = 24'ha59;
    mem[9'b1000100] = 24'h665;
    mem[9'b1000101] = 24'h2d3;
    mem[9'b1000110] = 24'h8f0;
    mem[9'b1000111] = 24'h44c;
    mem[9'b1001000] = 24'h581;
    mem[9'b1001001] = 24'ha66;
    mem[9'b1001010] = 24'hcd1;
    mem[9'b1001011] = 24'he9;
    mem[9'b1001100] = 24'h2f4;
    mem[9'b1001101] = 24'h86c;
    mem[9'b1001110] = 24'hbc7;
    mem[9'b1001111] = 24'hbea;
    mem[9'b1010000] = 24'h6a7;
    mem[9'b1010001] = 24'h673;
    mem[9'b1010010] = 24'hae5;
    mem[9'b1010011] = 24'h6fd;
    mem[9'b1010100] = 24'h737;
    mem[9'b1010101] = 24'h3b8;
    mem[9'b1010110] = 24'h5b5;
    mem[9'b1010111] = 24'ha7f;
    mem[9'b1011000] = 24'h3ab;
    mem[9'b1011001] = 24'h904;
    mem[9'b1011010] = 24'h985;
    mem[9'b1011011] = 24'h954;
    mem[9'b1011100] = 24'h2dd;
    mem[9'b1011101] = 24'h921;
    mem[9'b1011110] = 24'h10c;
    mem[9'b1011111] = 24'h281;
    mem[9'b1100000] = 24'h630;
    mem[9'b1100001] = 24'h8fa;
    mem[9'b1100010] = 24'h7f5;
    mem[9'b1100011] = 24'hc94;
    mem[9'b1100100] = 24'h177;
    mem[9'b1100101] = 24'h9f5;
    mem[9'b1100110] = 24'h82a;
    mem[9'b1100111] = 24'h66d;
    mem[9'b1101000] = 24'h427;
    mem[9'b1101001] = 24'h13f;
    mem[9'b1101010] = 24'had5;
    mem[9'b1101011] = 24'h2f5;
    mem[9'b1101100] = 24'h833;
    mem[9'b1101101] = 24'h231;
    mem[9'b1101110] = 24'h9a2;
    mem[9'b1101111] = 24'ha22;
    mem[9'b1110000] = 24'haf4;
    mem[9'b1110001] = 24'h444;
    mem[9'b1110010] = 24'h193;
    mem[9'b1110011] = 24'h402;
    mem[9'b1110100] = 24'h477;
    mem[9'b1110101] = 24'h866;
    mem[9'b1110110] = 24'had7;
    mem[9'b1110111] = 24'h376;
    mem[9'b1111000] = 24'h6ba;
    mem[9'b1111001] = 24'h4bc;
    mem[9'b1111010] = 24'h752;
    mem[9'b1111011] = 24'h405;
    mem[9'b1111100] = 24'h83e;
    mem[9'b1111101] = 24'hb77;
    mem[9'b1111110] = 24'h375;
    mem[9'b1111111] = 24'h86a;
    mem[9'b10000000] = 24'h11;
    mem[9'b10000001] = 24'hcf0;
    mem[9'b10000010] = 24'hac9;
    mem[9'b10000011] = 24'h238;
    mem[9'b10000100] = 24'h247;
    mem[9'b10000101] = 24'haba;
    mem[9'b10000110] = 24'ha59;
    mem[9'b10000111] = 24'h2a8;
    mem[9'b10001000] = 24'h665;
    mem[9'b10001001] = 24'h69c;
    mem[9'b10001010] = 24'h2d3;
    mem[9'b10001011] = 24'ha2e;
    mem[9'b10001100] = 24'h8f0;
    mem[9'b10001101] = 24'h411;
    mem[9'b10001110] = 24'h44c;
    mem[9'b10001111] = 24'h8b5;
    mem[9'b10010000] = 24'h581;
    mem[9'b10010001] = 24'h780;
    mem[9'b10010010] = 24'ha66;
    mem[9'b10010011] = 24'h29b;
    mem[9'b10010100] = 24'hcd1;
    mem[9'b10010101] = 24'h30;
    mem[9'b10010110] = 24'he9;
    mem[9'b10010111] = 24'hc18;
    mem[9'b10011000] = 24'h2f4;
    mem[9'b10011001] = 24'ha0d;
    mem[9'b10011010] = 24'h86c;
    mem[9'b10011011] = 24'h495;
    mem[9'b10011100] = 24'hbc7;
    mem[9'b10011101] = 24'h13a;
    mem[9'b10011110] = 24'hbea;
    mem[9'b10011111] = 24'h117;
    mem[9'b10100000] = 24'h6a7;
    mem[9'b10100001] = 24'h65a;
    mem[9'b10100010] = 24'h673;
    mem[9'b10100011] = 24'h68e;
    mem[9'b10100100] = 24'hae5;
    mem[9'b10100101] = 24'h21c;
    mem[9'b10100110] = 24'h6fd;
    mem[9'b10100111] = 24'h604;
    mem[9'b10101000] = 24'h737;
    mem[9'b10101001] = 24'h5ca;
    mem[9'b10101010] = 24'h3b8;
    mem[9'b10101011] = 24'h949;
    mem[9'b10101100] = 24'h5b5;
    mem[9'b10101101] = 24'h74c;
    mem[9'b10101110] = 24'ha7f;
    mem[9'b10101111] = 24'h282;
    mem[9'b10110000] = 24'h3ab;
    mem[9'b10110001] = 24'h956;
    mem[9'b10110010] = 24'h904;
    mem[9'b10110011] = 24'h3fd;
    mem[9'b10110100] = 24'h985;
    mem[9'b10110101] = 24'h37c;
    mem[9'b10110110] = 24'h954;
    mem[9'b10110111] = 24'h3ad;
    mem[9'b10111000] = 24'h2dd;
    mem[9'b10111001] = 24'ha24;
    mem[9'b10111010] = 24'h921;
    mem[9'b10111011] = 24'h3e0;
    mem[9'b10111100] = 24'h10c;
    mem[9'b10111101] = 24'hbf5;
    mem[9'b10111110] = 24'h281;
    mem[9'b10111111] = 24'ha80;
    mem[9'b11000000] = 24'h630;
    mem[9'b11000001] = 24'h6d1;
    mem[9'b11000010] = 24'h8fa;
    mem[9'b11000011] = 24'h407;
    mem[9'b11000100] = 24'h7f5;
    mem[9'b11000101] = 24'h50c;
    mem[9'b11000110] = 24'hc94;
    mem[9'b11000111] = 24'h6d;
    mem[9'b11001000] = 24'h177;
    mem[9'b11001001] = 24'hb8a;
    mem[9'b11001010] = 24'h9f5;
    mem[9'b11001011] = 24'h30c;
    mem[9'b11001100] = 24'h82a;
    mem[9'b11001101] = 24'h4d7;
    mem[9'b11001110] = 24'h66d;
    mem[9'b11001111] = 24'h694;
    mem[9'b11010000] = 24'h427;
    mem[9'b11010001] = 24'h8da;
    mem[9'b11010010] = 24'h13f;
    mem[9'b11010011] = 24'hbc2;
    mem[9'b11010100] = 24'had5;
    mem[9'b11010101] = 24'h22c;
    mem[9'b11010110] = 24'h2f5;
    mem[9'b11010111] = 24'ha0c;
    mem[9'b11011000] = 24'h833;
    mem[9'b11011001] = 24'h4ce;
    mem[9'b11011010] = 24'h231;
    mem[9'b11011011] = 24'had0;
    mem[9'b11011100] = 24'h9a2;
    mem[9'b11011101] = 24'h35f;
    mem[9'b11011110] = 24'ha22;
    mem[9'b11011111] = 24'h2df;
    mem[9'b11100000] = 24'haf4;
    mem[9'b11100001] = 24'h20d;
    mem[9'b11100010] = 24'h444;
    mem[9'b11100011] = 24'h8bd;
    mem[9'b11100100] = 24'h193;
    mem[9'b11100101] = 24'hb6e;
    mem[9'b11100110] = 24'h402;
    mem[9'b11100111] = 24'h8ff;
    mem[9'b11101000] = 24'h477;
    mem[9'b11101001] = 24'h88a;
    mem[9'b11101010] = 24'h866;
    mem[9'b11101011] = 24'h49b;
    mem[9'b11101100] = 24'had7;
    mem[9'b11101101] = 24'h22a;
    mem[9'b11101110] = 24'h376;
    mem[9'b11101111] = 24'h98b;
    mem[9'b11110000] = 24'h6ba;
    mem[9'b11110001] = 24'h647;
    mem[9'b11110010] = 24'h4bc;
    mem[9'b11110011] = 24'h845;
    mem[9'b11110100] = 24'h752;
    mem[9'b11110101] = 24'h5af;
    mem[9'b11110110] = 24'h405;
    mem[9'b11110111] = 24'h8fc;
    mem[9'b11111000] = 24'h83e;
    mem[9'b11111001] = 24'h4c3;
    mem[9'b11111010] = 24'hb77;
    mem[9'b11111011] = 24'h18a;
    mem[9'b11111100] = 24'h375;
    mem[9'b11111101] = 24'h98c;
    mem[9'b11111110] = 24'h86a;
    mem[9'b11111111] = 24'h497;
    mem[9'b100000000] = 24'h1;
    mem[9'b100000001] = 24'h495e02;
    mem[9'b100000010] = 24'h397567;
    mem[9'b100000011] = 24'h396569;
    mem[9'b100000100] = 24'h4f062b;
    mem[9'b100000101] = 24'h53df73;
    mem[9'b100000110] = 24'h4fe033;
    mem[9'b100000111] = 24'h4f066b;
    mem[9'b100001000] = 24'h76b1ae;
    mem[9'b100001001] = 24'h360dd5;
    mem[9'b100001010] = 24'h28edb0;
    mem[9'b100001011] = 24'h207fe4;
    mem[9'b100001100] = 24'h397283;
    mem[9'b100001101] = 24'h70894a;
    mem[9'b100001110] = 24'h88192;
    mem[9'b100001111] = 24'h6d3dc8;
    mem[9'b100010000] = 24'h4c7294;
    mem[9'b100010001] = 24'h41e0b4;
    mem[9'b100010010] = 24'h28a3d2;
    mem[9'b100010011] = 24'h66528a;
    mem[9'b100010100] = 24'h4a18a7;
    mem[9'b100010101] = 24'h794034;
    mem[9'b100010110] = 24'ha52ee;
    mem[9'b100010111] = 24'h6b7d81;
    mem[9'b100011000] = 24'h4e9f1d;
    mem[9'b100011001] = 24'h1a2877;
    mem[9'b100011010] = 24'h2571df;
    mem[9'b100011011] = 24'h1649ee;
    mem[9'b100011100] = 24'h7611bd;
    mem[9'b100011101] = 24'h492bb7;
    mem[9'b100011110] = 24'h2af697;
    mem[9'b100011111] = 24'h22d8d5;
    mem[9'b100100000] = 24'h36f72a;
    mem[9'b100100001] = 24'h30911e;
    mem[9'b100100010] = 24'h29d13f;
    mem[9'b100100011] = 24'h492673;
    mem[9'b100100100] = 24'h50685f;
    mem[9'b100100101] = 24'h2010a2;
    mem[9'b100100110] = 24'h3887f7;
    mem[9'b100100111] = 24'h11b2c3;
    mem[9'b100101000] = 24'h603a4;
    mem[9'b100101001] = 24'he2bed;
    mem[9'b100101010] = 24'h10b72c;
    mem[9'b100101011] = 24'h4a5f35;
    mem[9'b100101100] = 24'h1f9d15;
    mem[9'b100101101] = 24'h428cd4;
    mem[9'b100101110] = 24'h3177f4;
    mem[9'b100101111] = 24'h20e612;
    mem[9'b100110000] = 24'h341c1d;
    mem[9'b100110001] = 24'h1ad873;
    mem[9'b100110010] = 24'h736681;
    mem[9'b100110011] = 24'h49553f;
    mem[9'b100110100] = 24'h3952f6;
    mem[9'b100110101] = 24'h62564a;
    mem[9'b100110110] = 24'h65ad05;
    mem[9'b100110111] = 24'h439a1c;
    mem[9'b100111000] = 24'h53aa5f;
    mem[9'b100111001] = 24'h30b622;
    mem[9'b100111010] = 24'h87f38;
    mem[9'b100111011] = 24'h3b0e6d;
    mem[9'b100111100] = 24'h2c83da;
    mem[9'b100111101] = 24'h1c496e;
    mem[9'b100111110] = 24'h330e2b;
    mem[9'b100111111] = 24'h1c5b70;
    mem[9'b101000000] = 24'h2ee3f1;
    mem[9'b101000001] = 24'h137eb9;
    mem[9'b101000010] = 24'h57a930;
    mem[9'b101000011] = 24'h3ac6ef;
    mem[9'b101000100] = 24'h3fd54c;
    mem[9'b101000101] = 24'h4eb2ea;
    mem[9'b101000110] = 24'h503ee1;
    mem[9'b101000111] = 24'h7bb175;
    mem[9'b101001000] = 24'h2648b4;
    mem[9'b101001001] = 24'h1ef256;
    mem[9'b101001010] = 24'h1d90a2;
    mem[9'b101001011] = 24'h45a6d4;
    mem[9'b101001100] = 24'h2ae59b;
    mem[9'b101001101] = 24'h52589c;
    mem[9'b101001110] = 24'h6ef1f5;
    mem[9'b101001111] = 24'h3f7288;
    mem[9'b101010000] = 24'h175102;
    mem[9'b101010001] = 24'h75d59;
    mem[9'b101010010] = 24'h1187ba;
    mem[9'b101010011] = 24'h52aca9;
    mem[9'b101010100] = 24'h773e9e;
    mem[9'b101010101] = 24'h296d8;
    mem[9'b101010110] = 24'h2592ec;
    mem[9'b101010111] = 24'h4cff12;
    mem[9'b101011000] = 24'h404ce8;
    mem[9'b101011001] = 24'h4aa582;
    mem[9'b101011010] = 24'h1e54e6;
    mem[9'b101011011] = 24'h4f16c1;
    mem[9'b101011100] = 24'h1a7e79;
    mem[9'b101011101] = 24'h3978f;
    mem[9'b101011110] = 24'h4e4817;
    mem[9'b101011111] = 24'h31b859;
    mem[9'b101100000] = 24'h5884cc;
    mem[9'b101100001] = 24'h1b4827;
    mem[9'b101100010] = 24'h5b63d0;
    mem[9'b101100011] = 24'h5d787a;
    mem[9'b101100100] = 24'h35225e;
    mem[9'b101100101] = 24'h400c7e;
    mem[9'b101100110] = 24'h6c09d1;
    mem[9'b101100111] = 24'h5bd532;
    mem[9'b101101000] = 24'h6bc4d3;
    mem[9'b101101001] = 24'h258ecb;
    mem[9'b101101010] = 24'h2e534c;
    mem[9'b101101011] = 24'h97a6c;
    mem[9'b101101100] = 24'h3b8820;
    mem[9'b101101101] = 24'h6d285c;
    mem[9'b101101110] = 24'h2ca4f8;
    mem[9'b101101111] = 24'h337caa;
    mem[9'b101110000] = 24'h14b2a0;
    mem[9'b101110001] = 24'h558536;
    mem[9'b101110010] = 24'h28f186;
    mem[9'b101110011] = 24'h55795d;
    mem[9'b101110100] = 24'h4af670;
    mem[9'b101110101] = 24'h234a86;
    mem[9'b101110110] = 24'h75e826;
    mem[9'b101110111] = 24'h78de66;
    mem[9'b101111000] = 24'h5528c;
    mem[9'b101111001] = 24'h7adf59;
    mem[9'b101111010] = 24'hf6e17;
    mem[9'b101111011] = 24'h5bf3da;
    mem[9'b101111100] = 24'h459b7e;
    mem[9'b101111101] = 24'h628b34;
    mem[9'b101111110] = 24'h5dbecb;
    mem[9'b101111111] = 24'h1a9e7b;
    mem[9'b110000000] = 24'h6d9;
    mem[9'b110000001] = 24'h6257c5;
    mem[9'b110000010] = 24'h574b3c;
    mem[9'b110000011] = 24'h69a8ef;
    mem[9'b110000100] = 24'h289838;
    mem[9'b110000101] = 24'h64b5fe;
    mem[9'b110000110] = 24'h7ef8f5;
    mem[9'b110000111] = 24'h2a4e78;
    mem[9'b110001000] = 24'h120a23;
    mem[9'b110001001] = 24'h154a8;
    mem[9'b110001010] = 24'h9b7ff;
    mem[9'b110001011] = 24'h435e87;
    mem[9'b110001100] = 24'h437ff8;
    mem[9'b110001101] = 24'h5cd5b4;
    mem[9'b110001110] = 24'h4dc04e;
    mem[9'b110001111] = 24'h4728af;
    mem[9'b110010000] = 24'h7f735d;
    mem[9'b110010001] = 24'hc8d0d;
    mem[9'b110010010] = 24'hf66d5;
    mem[9'b110010011] = 24'h5a6d80;
    mem[9'b110010100] = 24'h61ab98;
    mem[9'b110010101] = 24'h185d96;
    mem[9'b110010110] = 24'h437f31;
    mem[9'b110010111] = 24'h468298;
    mem[9'b110011000] = 24'h662960;
    mem[9'b110011001] = 24'h4bd579;
    mem[9'b110011010] = 24'h28de06;
    mem[9'b110011011] = 24'h465d8d;
    mem[9'b110011100] = 24'h49b0e3;
    mem[9'b110011101] = 24'h9b434;
    mem[9'b110011110] = 24'h7c0db3;
    mem[9'b110011111] = 24'h5a68b0;
    mem[9'b110100000] = 24'h409ba9;
    mem[9'b110100001] = 24'h64d3d5;
    mem[9'b110100010] = 24'h21762a;
    mem[9'b110100011] = 24'h658591;
    mem[9'b110100100] = 24'h246e39;
    mem[9'b110100101] = 24'h48c39b;
    mem[9'b110100110] = 24'h7bc759;
    mem[9'b110100111] = 24'h4f5859;
    mem[9'b110101000] = 24'h392db2;
    mem[9'b110101001] = 24'h230923;
    mem[9'b110101010] = 24'h12eb67;
    mem[9'b110101011] = 24'h454df2;
    mem[9'b110101100] = 24'h30c31c;
    mem[9'b110101101] = 24'h285424;
    mem[9'b110101110] = 24'h13232e;
    mem[9'b110101111] = 24'h7faf80;
    mem[9'b110110000] = 24'h2dbfcb;
    mem[9'b110110001] = 24'h22a0b;
    mem[9'b110110010] = 24'h7e832c;
    mem[9'b110110011] = 24'h26587a;
    mem[9'b110110100] = 24'h6b3375;
    mem[9'b110110101] = 24'h95b76;
    mem[9'b110110110] = 24'h6be1cc;
    mem[9'b110110111] = 24'h5e061e;
    mem[9'b110111000] = 24'h78e00d;
    mem[9'b110111001] = 24'h628c37;
    mem[9'b110111010] = 24'h3da604;
    mem[9'b110111011] = 24'h4ae53c;
    mem[9'b110111100] = 24'h1f1d68;
    mem[9'b110111101] = 24'h6330bb;
    mem[9'b110111110] = 24'h7361b8;
    mem[9'b110111111] = 24'h5ea06c;
    mem[9'b111000000] = 24'h671ac7;
    mem[9'b111000001] = 24'h201fc6;
    mem[9'b111000010] = 24'h5ba4ff;
    mem[9'b111000011] = 24'h60d772;
    mem[9'b111000100] = 24'h8f201;
    mem[9'b111000101] = 24'h6de024;
    mem[9'b111000110] = 24'h80e6d;
    mem[9'b111000111] = 24'h56038e;
    mem[9'b111001000] = 24'h695688;
    mem[9'b111001001] = 24'h1e6d3e;
    mem[9'b111001010] = 24'h2603bd;
    mem[9'b111001011] = 24'h6a9dfa;
    mem[9'b111001100] = 24'h7c017;
    mem[9'b111001101] = 24'h6dbfd4;
    mem[9'b111001110] = 24'h74d0bd;
    mem[9'b111001111] = 24'h63e1e3;
    mem[9'b111010000] = 24'h519573;
    mem[9'b111010001] = 24'h7ab60d;
    mem[9'b111010010] = 24'h2867ba;
    mem[9'b111010011] = 24'h2decd4;
    mem[9'b111010100] = 24'h58018c;
    mem[9'b111010101] = 24'h3f4cf5;
    mem[9'b111010110] = 24'hb7009;
    mem[9'b111010111] = 24'h427e23;
    mem[9'b111011000] = 24'h3cbd37;
    mem[9'b111011001] = 24'h273333;
    mem[9'b111011010] = 24'h673957;
    mem[9'b111011011] = 24'h1a4b5d;
    mem[9'b111011100] = 24'h196926;
    mem[9'b111011101] = 24'h1ef206;
    mem[9'b111011110] = 24'h11c14e;
    mem[9'b111011111] = 24'h4c76c8;
    mem[9'b111100000] = 24'h3cf42f;
    mem[9'b111100001] = 24'h7fb19a;
    mem[9'b111100010] = 24'h6af66c;
    mem[9'b111100011] = 24'h2e1669;
    mem[9'b111100100] = 24'h3352d6;
    mem[9'b111100101] = 24'h34760;
    mem[9'b111100110] = 24'h85260;
    mem[9'b111100111] = 24'h741e78;
    mem[9'b111101000] = 24'h2f6316;
    mem[9'b111101001] = 24'h6f0a11;
    mem[9'b111101010] = 24'h7c0f1;
    mem[9'b111101011] = 24'h776d0b;
    mem[9'b111101100] = 24'hd1ff0;
    mem[9'b111101101] = 24'h345824;
    mem[9'b111101110] = 24'h223d4;
    mem[9'b111101111] = 24'h68c559;
    mem[9'b111110000] = 24'h5e8885;
    mem[9'b111110001] = 24'h2faa32;
    mem[9'b111110010] = 24'h23fc65;
    mem[9'b111110011] = 24'h5e6942;
    mem[9'b111110100] = 24'h51e0ed;
    mem[9'b111110101] = 24'h65adb3;
    mem[9'b111110110] = 24'h2ca5e6;
    mem[9'b111110111] = 24'h79e1fe;
    mem[9'b111111000] = 24'h7b4064;
    mem[9'b111111001] = 24'h35e1dd;
    mem[9'b111111010] = 24'h433aac;
    mem[9'b111111011] = 24'h464ade;
    mem[9'b111111100] = 24'h1cfe14;
    mem[9'b111111101] = 24'h73f1ce;
    mem[9'b111111110] = 24'h10170e;
    mem[9'b111111111] = 24'h74b6d7;
    end
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // mlkem_engine$mem$rom$0


module mlkem_engine$mem$rom$1(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [8:0] read_address;
    input wire  read_clock;
    output reg  [23:0] read_data;
    input wire  [8:0] write_address;
    input wire  write_clock;
    input wire  [23:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[23:0] mem[511:0];
    
    initial begin
    mem[9'b0] = 24'h1;
    mem[9'b1] = 24'h6c1;
    mem[9'b10] = 24'ha14;
    mem[9'b11] = 24'hcd9;
    mem[9'b100] = 24'ha52;
    mem[9'b101] = 24'h276;
    mem[9'b110] = 24'h769;
    mem[9'b111] = 24'h350;
    mem[9'b1000] = 24'h426;
    mem[9'b1001] = 24'h77f;
    mem[9'b1010] = 24'hc1;
    mem[9'b1011] = 24'h31d;
    mem[9'b1100] = 24'hae2;
    mem[9'b1101] = 24'hcbc;
    mem[9'b1110] = 24'h239;
    mem[9'b1111] = 24'h6d2;
    mem[9'b10000] = 24'h128;
    mem[9'b10001] = 24'h98f;
    mem[9'b10010] = 24'h53b;
    mem[9'b10011] = 24'h5c4;
    mem[9'b10100] = 24'hbe6;
    mem[9'b10101] = 24'h38;
    mem[9'b10110] = 24'h8c0;
    mem[9'b10111] = 24'h535;
    mem[9'b11000] = 24'h592;
    mem[9'b11001] = 24'h82e;
    mem[9'b11010] = 24'h217;
    mem[9'b11011] = 24'hb42;
    mem[9'b11100] = 24'h959;
    mem[9'b11101] = 24'hb3f;
    mem[9'b11110] = 24'h7b6;
    mem[9'b11111] = 24'h335;
    mem[9'b100000] = 24'h121;
    mem[9'b100001] = 24'h14b;
    mem[9'b100010] = 24'hcb5;
    mem[9'b100011] = 24'h6dc;
    mem[9'b100100] = 24'h4ad;
    mem[9'b100101] = 24'h900;
    mem[9'b100110] = 24'h8e5;
    mem[9'b100111] = 24'h807;
    mem[9'b101000] = 24'h28a;
    mem[9'b101001] = 24'h7b9;
    mem[9'b101010] = 24'h9d1;
    mem[9'b101011] = 24'h278;
    mem[9'b101100] = 24'hb31;
    mem[9'b101101] = 24'h21;
    mem[9'b101110] = 24'h528;
    mem[9'b101111] = 24'h77b;
    mem[9'b110000] = 24'h90f;
    mem[9'b110001] = 24'h59b;
    mem[9'b110010] = 24'h327;
    mem[9'b110011] = 24'h1c4;
    mem[9'b110100] = 24'h59e;
    mem[9'b110101] = 24'hb34;
    mem[9'b110110] = 24'h5fe;
    mem[9'b110111] = 24'h962;
    mem[9'b111000] = 24'ha57;
    mem[9'b111001] = 24'ha39;
    mem[9'b111010] = 24'h5c9;
    mem[9'b111011] = 24'h288;
    mem[9'b111100] = 24'h9aa;
    mem[9'b111101] = 24'hc26;
    mem[9'b111110] = 24'h4cb;
    mem[9'b111111] = 24'h38e;
    mem[9'b1000000] = 24'h11;
    mem[9'b1000001] = 24'hac9;
    mem[9'b1000010] = 24'h247;
    mem[9'b1000011] = 24'ha59;
    mem[9'b1000100] = 24'h665;
    mem[9'b1000101] = 24'h2d3;
    mem[9'b1000110] = 24'h8f0;
    mem[9'b1000111] = 24'h44c;
    mem[9'b1001000] = 24'h581;
    mem[9'b1001001] = 24'ha66;
    mem[9'b1001010] = 24'hcd1;
    mem[9'b1001011] = 24'he9;
    mem[9'b1001100] = 24'h2f4;
    mem[9'b1001101] = 24'h86c;
    mem[9'b1001110] = 24'hbc7;
    mem[9'b1001111] = 24'hbea;
    mem[9'b1010000] = 24'h6a7;
    mem[9'b1010001] = 24'h673;
    mem[9'b1010010] = 24'hae5;
    mem[9'b1010011] = 24'h6fd;
    mem[9'b1010100] = 24'h737;
    mem[9'b1010101] = 24'h3b8;
    mem[9'b1010110] = 24'h5b5;
    mem[9'b1010111] = 24'ha7f;
    mem[9'b1011000] = 24'h3ab;
    mem[9'b1011001] = 24'h904;
    mem[9'b1011010] = 24'h985;
    mem[9'b1011011] = 24'h954;
    mem[9'b1011100] = 24'h2dd;
    mem[9'b1011101] = 24'h921;
    mem[9'b1011110] = 24'h10c;
    mem[9'b1011111] = 24'h281;
    mem[9'b1100000] = 24'h630;
    mem[9'b1100001] = 24'h8fa;
    mem[9'b1100010] = 24'h7f5;
    mem[9'b1100011] = 24'hc94;
    mem[9'b1100100] = 24'h177;
    mem[9'b1100101] = 24'h9f5;
    mem[9'b1100110] = 24'h82a;
    mem[9'b1100111] = 24'h66d;
    mem[9'b1101000] = 24'h427;
    mem[9'b1101001] = 24'h13f;
    mem[9'b1101010] = 24'had5;
    mem[9'b1101011] = 24'h2f5;
    mem[9'b1101100] = 24'h833;
    mem[9'b1101101] = 24'h231;
    mem[9'b1101110] = 24'h9a2;
    mem[9'b1101111] = 24'ha22;
    mem[9'b1110000] = 24'haf4;
    mem[9'b1110001] = 24'h444;
    mem[9'b1110010] = 24'h193;
    mem[9'b1110011] = 24'h402;
    mem[9'b1110100] = 24'h477;
    mem[9'b1110101] = 24'h866;
    mem[9'b1110110] = 24'had7;
    mem[9'b1110111] = 24'h376;
    mem[9'b1111000] = 24'h6ba;
    mem[9'b1111001] = 24'h4bc;
    mem[9'b1111010] = 24'h752;
    mem[9'b1111011] = 24'h405;
    mem[9'b1111100] = 24'h83e;
    mem[9'b1111101] = 24'hb77;
    mem[9'b1111110] = 24'h375;
    mem[9'b1111111] = 24'h86a;
    mem[9'b10000000] = 24'h11;
    mem[9'b10000001] = 24'hcf0;
    mem[9'b10000010] = 24'hac9;
    mem[9'b10000011] = 24'h238;
    mem[9'b10000100] = 24'h247;
    mem[9'b10000101] = 24'haba;
    mem[9'b10000110] = 24'ha59;
    mem[9'b10000111] = 24'h2a8;
    mem[9'b10001000] = 24'h665;
    mem[9'b10001001] = 24'h69c;
    mem[9'b10001010] = 24'h2d3;
    mem[9'b10001011] = 24'ha2e;
    mem[9'b10001100] = 24'h8f0;
    mem[9'b10001101] = 24'h411;
    mem[9'b10001110] = 24'h44c;
    mem[9'b10001111] = 24'h8b5;
    mem[9'b10010000] = 24'h581;
    mem[9'b10010001] = 24'h780;
    mem[9'b10010010] = 24'ha66;
    mem[9'b10010011] = 24'h29b;
    mem[9'b10010100] = 24'hcd1;
    mem[9'b10010101] = 24'h30;
    mem[9'b10010110] = 24'he9;
    mem[9'b10010111] = 24'hc18;
    mem[9'b10011000] = 24'h2f4;
    mem[9'b10011001] = 24'ha0d;
    mem[9'b10011010] = 24'h86c;
    mem[9'b10011011] = 24'h495;
    mem[9'b10011100] = 24'hbc7;
    mem[9'b10011101] = 24'h13a;
    mem[9'b10011110] = 24'hbea;
    mem[9'b10011111] = 24'h117;
    mem[9'b10100000] = 24'h6a7;
    mem[9'b10100001] = 24'h65a;
    mem[9'b10100010] = 24'h673;
    mem[9'b10100011] = 24'h68e;
    mem[9'b10100100] = 24'hae5;
    mem[9'b10100101] = 24'h21c;
    mem[9'b10100110] = 24'h6fd;
    mem[9'b10100111] = 24'h604;
    mem[9'b10101000] = 24'h737;
    mem[9'b10101001] = 24'h5ca;
    mem[9'b10101010] = 24'h3b8;
    mem[9'b10101011] = 24'h949;
    mem[9'b10101100] = 24'h5b5;
    mem[9'b10101101] = 24'h74c;
    mem[9'b10101110] = 24'ha7f;
    mem[9'b10101111] = 24'h282;
    mem[9'b10110000] = 24'h3ab;
    mem[9'b10110001] = 24'h956;
    mem[9'b10110010] = 24'h904;
    mem[9'b10110011] = 24'h3fd;
    mem[9'b10110100] = 24'h985;
    mem[9'b10110101] = 24'h37c;
    mem[9'b10110110] = 24'h954;
    mem[9'b10110111] = 24'h3ad;
    mem[9'b10111000] = 24'h2dd;
    mem[9'b10111001] = 24'ha24;
    mem[9'b10111010] = 24'h921;
    mem[9'b10111011] = 24'h3e0;
    mem[9'b10111100] = 24'h10c;
    mem[9'b10111101] = 24'hbf5;
    mem[9'b10111110] = 24'h281;
    mem[9'b10111111] = 24'ha80;
    mem[9'b11000000] = 24'h630;
    mem[9'b11000001] = 24'h6d1;
    mem[9'b11000010] = 24'h8fa;
    mem[9'b11000011] = 24'h407;
    mem[9'b11000100] = 24'h7f5;
    mem[9'b11000101] = 24'h50c;
    mem[9'b11000110] = 24'hc94;
    mem[9'b11000111] = 24'h6d;
    mem[9'b11001000] = 24'h177;
    mem[9'b11001001] = 24'hb8a;
    mem[9'b11001010] = 24'h9f5;
    mem[9'b11001011] = 24'h30c;
    mem[9'b11001100] = 24'h82a;
    mem[9'b11001101] = 24'h4d7;
    mem[9'b11001110] = 24'h66d;
    mem[9'b11001111] = 24'h694;
    mem[9'b11010000] = 24'h427;
    mem[9'b11010001] = 24'h8da;
    mem[9'b11010010] = 24'h13f;
    mem[9'b11010011] = 24'hbc2;
    mem[9'b11010100] = 24'had5;
    mem[9'b11010101] = 24'h22c;
    mem[9'b11010110] = 24'h2f5;
    mem[9'b11010111] = 24'ha0c;
    mem[9'b11011000] = 24'h833;
    mem[9'b11011001] = 24'h4ce;
    mem[9'b11011010] = 24'h231;
    mem[9'b11011011] = 24'had0;
    mem[9'b11011100] = 24'h9a2;
    mem[9'b11011101] = 24'h35f;
    mem[9'b11011110] = 24'ha22;
    mem[9'b11011111] = 24'h2df;
    mem[9'b11100000] = 24'haf4;
    mem[9'b11100001] = 24'h20d;
    mem[9'b11100010] = 24'h444;
    mem[9'b11100011] = 24'h8bd;
    mem[9'b11100100] = 24'h193;
    mem[9'b11100101] = 24'hb6e;
    mem[9'b11100110] = 24'h402;
    mem[9'b11100111] = 24'h8ff;
    mem[9'b11101000] = 24'h477;
    mem[9'b11101001] = 24'h88a;
    mem[9'b11101010] = 24'h866;
    mem[9'b11101011] = 24'h49b;
    mem[9'b11101100] = 24'had7;
    mem[9'b11101101] = 24'h22a;
    mem[9'b11101110] = 24'h376;
    mem[9'b11101111] = 24'h98b;
    mem[9'b11110000] = 24'h6ba;
    mem[9'b11110001] = 24'h647;
    mem[9'b11110010] = 24'h4bc;
    mem[9'b11110011] = 24'h845;
    mem[9'b11110100] = 24'h752;
    mem[9'b11110101] = 24'h5af;
    mem[9'b11110110] = 24'h405;
    mem[9'b11110111] = 24'h8fc;
    mem[9'b11111000] = 24'h83e;
    mem[9'b11111001] = 24'h4c3;
    mem[9'b11111010] = 24'hb77;
    mem[9'b11111011] = 24'h18a;
    mem[9'b11111100] = 24'h375;
    mem[9'b11111101] = 24'h98c;
    mem[9'b11111110] = 24'h86a;
    mem[9'b11111111] = 24'h497;
    mem[9'b100000000] = 24'h1;
    mem[9'b100000001] = 24'h495e02;
    mem[9'b100000010] = 24'h397567;
    mem[9'b100000011] = 24'h396569;
    mem[9'b100000100] = 24'h4f062b;
    mem[9'b100000101] = 24'h53df73;
    mem[9'b100000110] = 24'h4fe033;
    mem[9'b100000111] = 24'h4f066b;
    mem[9'b100001000] = 24'h76b1ae;
    mem[9'b100001001] = 24'h360dd5;
    mem[9'b100001010] = 24'h28edb0;
    mem[9'b100001011] = 24'h207fe4;
    mem[9'b100001100] = 24'h397283;
    mem[9'b100001101] = 24'h70894a;
    mem[9'b100001110] = 24'h88192;
    mem[9'b100001111] = 24'h6d3dc8;
    mem[9'b100010000] = 24'h4c7294;
    mem[9'b100010001] = 24'h41e0b4;
    mem[9'b100010010] = 24'h28a3d2;
    mem[9'b100010011] = 24'h66528a;
    mem[9'b100010100] = 24'h4a18a7;
    mem[9'b100010101] = 24'h794034;
    mem[9'b100010110] = 24'ha52ee;
    mem[9'b100010111] = 24'h6b7d81;
    mem[9'b100011000] = 24'h4e9f1d;
    mem[9'b100011001] = 24'h1a2877;
    mem[9'b100011010] = 24'h2571df;
    mem[9'b100011011] = 24'h1649ee;
    mem[9'b100011100] = 24'h7611bd;
    mem[9'b100011101] = 24'h492bb7;
    mem[9'b100011110] = 24'h2af697;
    mem[9'b100011111] = 24'h22d8d5;
    mem[9'b100100000] = 24'h36f72a;
    mem[9'b100100001] = 24'h30911e;
    mem[9'b100100010] = 24'h29d13f;
    mem[9'b100100011] = 24'h492673;
    mem[9'b100100100] = 24'h50685f;
    mem[9'b100100101] = 24'h2010a2;
    mem[9'b100100110] = 24'h3887f7;
    mem[9'b100100111] = 24'h11b2c3;
    mem[9'b100101000] = 24'h603a4;
    mem[9'b100101001] = 24'he2bed;
    mem[9'b100101010] = 24'h10b72c;
    mem[9'b100101011] = 24'h4a5f35;
    mem[9'b100101100] = 24'h1f9d15;
    mem[9'b100101101] = 24'h428cd4;
    mem[9'b100101110] = 24'h3177f4;
    mem[9'b100101111] = 24'h20e612;
    mem[9'b100110000] = 24'h341c1d;
    mem[9'b100110001] = 24'h1ad873;
    mem[9'b100110010] = 24'h736681;
    mem[9'b100110011] = 24'h49553f;
    mem[9'b100110100] = 24'h3952f6;
    mem[9'b100110101] = 24'h62564a;
    mem[9'b100110110] = 24'h65ad05;
    mem[9'b100110111] = 24'h439a1c;
    mem[9'b100111000] = 24'h53aa5f;
    mem[9'b100111001] = 24'h30b622;
    mem[9'b100111010] = 24'h87f38;
    mem[9'b100111011] = 24'h3b0e6d;
    mem[9'b100111100] = 24'h2c83da;
    mem[9'b100111101] = 24'h1c496e;
    mem[9'b100111110] = 24'h330e2b;
    mem[9'b100111111] = 24'h1c5b70;
    mem[9'b101000000] = 24'h2ee3f1;
    mem[9'b101000001] = 24'h137eb9;
    mem[9'b101000010] = 24'h57a930;
    mem[9'b101000011] = 24'h3ac6ef;
    mem[9'b101000100] = 24'h3fd54c;
    mem[9'b101000101] = 24'h4eb2ea;
    mem[9'b101000110] = 24'h503ee1;
    mem[9'b101000111] = 24'h7bb175;
    mem[9'b101001000] = 24'h2648b4;
    mem[9'b101001001] = 24'h1ef256;
    mem[9'b101001010] = 24'h1d90a2;
    mem[9'b101001011] = 24'h45a6d4;
    mem[9'b101001100] = 24'h2ae59b;
    mem[9'b101001101] = 24'h52589c;
    mem[9'b101001110] = 24'h6ef1f5;
    mem[9'b101001111] = 24'h3f7288;
    mem[9'b101010000] = 24'h175102;
    mem[9'b101010001] = 24'h75d59;
    mem[9'b101010010] = 24'h1187ba;
    mem[9'b101010011] = 24'h52aca9;
    mem[9'b101010100] = 24'h773e9e;
    mem[9'b101010101] = 24'h296d8;
    mem[9'b101010110] = 24'h2592ec;
    mem[9'b101010111] = 24'h4cff12;
    mem[9'b101011000] = 24'h404ce8;
    mem[9'b101011001] = 24'h4aa582;
    mem[9'b101011010] = 24'h1e54e6;
    mem[9'b101011011] = 24'h4f16c1;
    mem[9'b101011100] = 24'h1a7e79;
    mem[9'b101011101] = 24'h3978f;
    mem[9'b101011110] = 24'h4e4817;
    mem[9'b101011111] = 24'h31b859;
    mem[9'b101100000] = 24'h5884cc;
    mem[9'b101100001] = 24'h1b4827;
    mem[9'b101100010] = 24'h5b63d0;
    mem[9'b101100011] = 24'h5d787a;
    mem[9'b101100100] = 24'h35225e;
    mem[9'b101100101] = 24'h400c7e;
    mem[9'b101100110] = 24'h6c09d1;
    mem[9'b101100111] = 24'h5bd532;
    mem[9'b101101000] = 24'h6bc4d3;
    mem[9'b101101001] = 24'h258ecb;
    mem[9'b101101010] = 24'h2e534c;
    mem[9'b101101011] = 24'h97a6c;
    mem[9'b101101100] = 24'h3b8820;
    mem[9'b101101101] = 24'h6d285c;
    mem[9'b101101110] = 24'h2ca4f8;
    mem[9'b101101111] = 24'h337caa;
    mem[9'b101110000] = 24'h14b2a0;
    mem[9'b101110001] = 24'h558536;
    mem[9'b101110010] = 24'h28f186;
    mem[9'b101110011] = 24'h55795d;
    mem[9'b101110100] = 24'h4af670;
    mem[9'b101110101] = 24'h234a86;
    mem[9'b101110110] = 24'h75e826;
    mem[9'b101110111] = 24'h78de66;
    mem[9'b101111000] = 24'h5528c;
    mem[9'b101111001] = 24'h7adf59;
    mem[9'b101111010] = 24'hf6e17;
    mem[9'b101111011] = 24'h5bf3da;
    mem[9'b101111100] = 24'h459b7e;
    mem[9'b101111101] = 24'h628b34;
    mem[9'b101111110] = 24'h5dbecb;
    mem[9'b101111111] = 24'h1a9e7b;
    mem[9'b110000000] = 24'h6d9;
    mem[9'b110000001] = 24'h6257c5;
    mem[9'b110000010] = 24'h574b3c;
    mem[9'b110000011] = 24'h69a8ef;
    mem[9'b110000100] = 24'h289838;
    mem[9'b110000101] = 24'h64b5fe;
    mem[9'b110000110] = 24'h7ef8f5;
    mem[9'b110000111] = 24'h2a4e78;
    mem[9'b110001000] = 24'h120a23;
    mem[9'b110001001] = 24'h154a8;
    mem[9'b110001010] = 24'h9b7ff;
    mem[9'b110001011] = 24'h435e87;
    mem[9'b110001100] = 24'h437ff8;
    mem[9'b110001101] = 24'h5cd5b4;
    mem[9'b110001110] = 24'h4dc04e;
    mem[9'b110001111] = 24'h4728af;
    mem[9'b110010000] = 24'h7f735d;
    mem[9'b110010001] = 24'hc8d0d;
    mem[9'b110010010] = 24'hf66d5;
    mem[9'b110010011] = 24'h5a6d80;
    mem[9'b110010100] = 24'h61ab98;
    mem[9'b110010101] = 24'h185d96;
    mem[9'b110010110] = 24'h437f31;
    mem[9'b110010111] = 24'h468298;
    mem[9'b110011000] = 24'h662960;
    mem[9'b110011001] = 24'h4bd579;
    mem[9'b110011010] = 24'h28de06;
    mem[9'b110011011] = 24'h465d8d;
    mem[9'b110011100] = 24'h49b0e3;
    mem[9'b110011101] = 24'h9b434;
    mem[9'b110011110] = 24'h7c0db3;
    mem[9'b110011111] = 24'h5a68b0;
    mem[9'b110100000] = 24'h409ba9;
    mem[9'b110100001] = 24'h64d3d5;
    mem[9'b110100010] = 24'h21762a;
    mem[9'b110100011] = 24'h658591;
    mem[9'b110100100] = 24'h246e39;
    mem[9'b110100101] = 24'h48c39b;
    mem[9'b110100110] = 24'h7bc759;
    mem[9'b110100111] = 24'h4f5859;
    mem[9'b110101000] = 24'h392db2;
    mem[9'b110101001] = 24'h230923;
    mem[9'b110101010] = 24'h12eb67;
    mem[9'b110101011] = 24'h454df2;
    mem[9'b110101100] = 24'h30c31c;
    mem[9'b110101101] = 24'h285424;
    mem[9'b110101110] = 24'h13232e;
    mem[9'b110101111] = 24'h7faf80;
    mem[9'b110110000] = 24'h2dbfcb;
    mem[9'b110110001] = 24'h22a0b;
    mem[9'b110110010] = 24'h7e832c;
    mem[9'b110110011] = 24'h26587a;
    mem[9'b110110100] = 24'h6b3375;
    mem[9'b110110101] = 24'h95b76;
    mem[9'b110110110] = 24'h6be1cc;
    mem[9'b110110111] = 24'h5e061e;
    mem[9'b110111000] = 24'h78e00d;
    mem[9'b110111001] = 24'h628c37;
    mem[9'b110111010] = 24'h3da604;
    mem[9'b110111011] = 24'h4ae53c;
    mem[9'b110111100] = 24'h1f1d68;
    mem[9'b110111101] = 24'h6330bb;
    mem[9'b110111110] = 24'h7361b8;
    mem[9'b110111111] = 24'h5ea06c;
    mem[9'b111000000] = 24'h671ac7;
    mem[9'b111000001] = 24'h201fc6;
    mem[9'b111000010] = 24'h5ba4ff;
    mem[9'b111000011] = 24'h60d772;
    mem[9'b111000100] = 24'h8f201;
    mem[9'b111000101] = 24'h6de024;
    mem[9'b111000110] = 24'h80e6d;
    mem[9'b111000111] = 24'h56038e;
    mem[9'b111001000] = 24'h695688;
    mem[9'b111001001] = 24'h1e6d3e;
    mem[9'b111001010] = 24'h2603bd;
    mem[9'b111001011] = 24'h6a9dfa;
    mem[9'b111001100] = 24'h7c017;
    mem[9'b111001101] = 24'h6dbfd4;
    mem[9'b111001110] = 24'h74d0bd;
    mem[9'b111001111] = 24'h63e1e3;
    mem[9'b111010000] = 24'h519573;
    mem[9'b111010001] = 24'h7ab60d;
    mem[9'b111010010] = 24'h2867ba;
    mem[9'b111010011] = 24'h2decd4;
    mem[9'b111010100] = 24'h58018c;
    mem[9'b111010101] = 24'h3f4cf5;
    mem[9'b111010110] = 24'hb7009;
    mem[9'b111010111] = 24'h427e23;
    mem[9'b111011000] = 24'h3cbd37;
    mem[9'b111011001] = 24'h273333;
    mem[9'b111011010] = 24'h673957;
    mem[9'b111011011] = 24'h1a4b5d;
    mem[9'b111011100] = 24'h196926;
    mem[9'b111011101] = 24'h1ef206;
    mem[9'b111011110] = 24'h11c14e;
    mem[9'b111011111] = 24'h4c76c8;
    mem[9'b111100000] = 24'h3cf42f;
    mem[9'b111100001] = 24'h7fb19a;
    mem[9'b111100010] = 24'h6af66c;
    mem[9'b111100011] = 24'h2e1669;
    mem[9'b111100100] = 24'h3352d6;
    mem[9'b111100101] = 24'h34760;
    mem[9'b111100110] = 24'h85260;
    mem[9'b111100111] = 24'h741e78;
    mem[9'b111101000] = 24'h2f6316;
    mem[9'b111101001] = 24'h6f0a11;
    mem[9'b111101010] = 24'h7c0f1;
    mem[9'b111101011] = 24'h776d0b;
    mem[9'b111101100] = 24'hd1ff0;
    mem[9'b111101101] = 24'h345824;
    mem[9'b111101110] = 24'h223d4;
    mem[9'b111101111] = 24'h68c559;
    mem[9'b111110000] = 24'h5e8885;
    mem[9'b111110001] = 24'h2faa32;
    mem[9'b111110010] = 24'h23fc65;
    mem[9'b111110011] = 24'h5e6942;
    mem[9'b111110100] = 24'h51e0ed;
    mem[9'b111110101] = 24'h65adb3;
    mem[9'b111110110] = 24'h2ca5e6;
    mem[9'b111110111] = 24'h79e1fe;
    mem[9'b111111000] = 24'h7b4064;
    mem[9'b111111001] = 24'h35e1dd;
    mem[9'b111111010] = 24'h433aac;
    mem[9'b111111011] = 24'h464ade;
    mem[9'b111111100] = 24'h1cfe14;
    mem[9'b111111101] = 24'h73f1ce;
    mem[9'b111111110] = 24'h10170e;
    mem[9'b111111111] = 24'h74b6d7;
    end
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // mlkem_engine$mem$rom$1


module mlkem_engine$mem$rom$2(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [8:0] read_address;
    input wire  read_clock;
    output reg  [23:0] read_data;
    input wire  [8:0] write_address;
    input wire  write_clock;
    input wire  [23:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[23:0] mem[511:0];
    
    initial begin
    mem[9'b0] = 24'h1;
    mem[9'b1] = 24'h6c1;
    mem[9'b10] = 24'ha14;
    mem[9'b11] = 24'hcd9;
    mem[9'b100] = 24'ha52;
    mem[9'b101] = 24'h276;
    mem[9'b110] = 24'h769;
    mem[9'b111] = 24'h350;
    mem[9'b1000] = 24'h426;
    mem[9'b1001] = 24'h77f;
    mem[9'b1010] = 24'hc1;
    mem[9'b1011] = 24'h31d;
    mem[9'b1100] = 24'hae2;
    mem[9'b1101] = 24'hcbc;
    mem[9'b1110] = 24'h239;
    mem[9'b1111] = 24'h6d2;
    mem[9'b10000] = 24'h128;
    mem[9'b10001] = 24'h98f;
    mem[9'b10010] = 24'h53b;
    mem[9'b10011] = 24'h5c4;
    mem[9'b10100] = 24'hbe6;
    mem[9'b10101] = 24'h38;
    mem[9'b10110] = 24'h8c0;
    mem[9'b10111] = 24'h535;
    mem[9'b11000] = 24'h592;
    mem[9'b11001] = 24'h82e;
    mem[9'b11010] = 24'h217;
    mem[9'b11011] = 24'hb42;
    mem[9'b11100] = 24'h959;
    mem[9'b11101] = 24'hb3f;
    mem[9'b11110] = 24'h7b6;
    mem[9'b11111] = 24'h335;
    mem[9'b100000] = 24'h121;
    mem[9'b100001] = 24'h14b;
    mem[9'b100010] = 24'hcb5;
    mem[9'b100011] = 24'h6dc;
    mem[9'b100100] = 24'h4ad;
    mem[9'b100101] = 24'h900;
    mem[9'b100110] = 24'h8e5;
    mem[9'b100111] = 24'h807;
    mem[9'b101000] = 24'h28a;
    mem[9'b101001] = 24'h7b9;
    mem[9'b101010] = 24'h9d1;
    mem[9'b101011] = 24'h278;
    mem[9'b101100] = 24'hb31;
    mem[9'b101101] = 24'h21;
    mem[9'b101110] = 24'h528;
    mem[9'b101111] = 24'h77b;
    mem[9'b110000] = 24'h90f;
    mem[9'b110001] = 24'h59b;
    mem[9'b110010] = 24'h327;
    mem[9'b110011] = 24'h1c4;
    mem[9'b110100] = 24'h59e;
    mem[9'b110101] = 24'hb34;
    mem[9'b110110] = 24'h5fe;
    mem[9'b110111] = 24'h962;
    mem[9'b111000] = 24'ha57;
    mem[9'b111001] = 24'ha39;
    mem[9'b111010] = 24'h5c9;
    mem[9'b111011] = 24'h288;
    mem[9'b111100] = 24'h9aa;
    mem[9'b111101] = 24'hc26;
    mem[9'b111110] = 24'h4cb;
    mem[9'b111111] = 24'h38e;
    mem[9'b1000000] = 24'h11;
    mem[9'b1000001] = 24'hac9;
    mem[9'b1000010] = 24'h247;
    mem[9'b1000011] = 24'ha59;
    mem[9'b1000100] = 24'h665;
    mem[9'b1000101] = 24'h2d3;
    mem[9'b1000110] = 24'h8f0;
    mem[9'b1000111] = 24'h44c;
    mem[9'b1001000] = 24'h581;
    mem[9'b1001001] = 24'ha66;
    mem[9'b1001010] = 24'hcd1;
    mem[9'b1001011] = 24'he9;
    mem[9'b1001100] = 24'h2f4;
    mem[9'b1001101] = 24'h86c;
    mem[9'b1001110] = 24'hbc7;
    mem[9'b1001111] = 24'hbea;
    mem[9'b1010000] = 24'h6a7;
    mem[9'b1010001] = 24'h673;
    mem[9'b1010010] = 24'hae5;
    mem[9'b1010011] = 24'h6fd;
    mem[9'b1010100] = 24'h737;
    mem[9'b1010101] = 24'h3b8;
    mem[9'b1010110] = 24'h5b5;
    mem[9'b1010111] = 24'ha7f;
    mem[9'b1011000] = 24'h3ab;
    mem[9'b1011001] = 24'h904;
    mem[9'b1011010] = 24'h985;
    mem[9'b1011011] = 24'h954;
    mem[9'b1011100] = 24'h2dd;
    mem[9'b1011101] = 24'h921;
    mem[9'b1011110] = 24'h10c;
    mem[9'b1011111] = 24'h281;
    mem[9'b1100000] = 24'h630;
    mem[9'b1100001] = 24'h8fa;
    mem[9'b1100010] = 24'h7f5;
    mem[9'b1100011] = 24'hc94;
    mem[9'b1100100] = 24'h177;
    mem[9'b1100101] = 24'h9f5;
    mem[9'b1100110] = 24'h82a;
    mem[9'b1100111] = 24'h66d;
    mem[9'b1101000] = 24'h427;
    mem[9'b1101001] = 24'h13f;
    mem[9'b1101010] = 24'had5;
    mem[9'b1101011] = 24'h2f5;
    mem[9'b1101100] = 24'h833;
    mem[9'b1101101] = 24'h231;
    mem[9'b1101110] = 24'h9a2;
    mem[9'b1101111] = 24'ha22;
    mem[9'b1110000] = 24'haf4;
    mem[9'b1110001] = 24'h444;
    mem[9'b1110010] = 24'h193;
    mem[9'b1110011] = 24'h402;
    mem[9'b1110100] = 24'h477;
    mem[9'b1110101] = 24'h866;
    mem[9'b1110110] = 24'had7;
    mem[9'b1110111] = 24'h376;
    mem[9'b1111000] = 24'h6ba;
    mem[9'b1111001] = 24'h4bc;
    mem[9'b1111010] = 24'h752;
    mem[9'b1111011] = 24'h405;
    mem[9'b1111100] = 24'h83e;
    mem[9'b1111101] = 24'hb77;
    mem[9'b1111110] = 24'h375;
    mem[9'b1111111] = 24'h86a;
    mem[9'b10000000] = 24'h11;
    mem[9'b10000001] = 24'hcf0;
    mem[9'b10000010] = 24'hac9;
    mem[9'b10000011] = 24'h238;
    mem[9'b10000100] = 24'h247;
    mem[9'b10000101] = 24'haba;
    mem[9'b10000110] = 24'ha59;
    mem[9'b10000111] = 24'h2a8;
    mem[9'b10001000] = 24'h665;
    mem[9'b10001001] = 24'h69c;
    mem[9'b10001010] = 24'h2d3;
    mem[9'b10001011] = 24'ha2e;
    mem[9'b10001100] = 24'h8f0;
    mem[9'b10001101] = 24'h411;
    mem[9'b10001110] = 24'h44c;
    mem[9'b10001111] = 24'h8b5;
    mem[9'b10010000] = 24'h581;
    mem[9'b10010001] = 24'h780;
    mem[9'b10010010] = 24'ha66;
    mem[9'b10010011] = 24'h29b;
    mem[9'b10010100] = 24'hcd1;
    mem[9'b10010101] = 24'h30;
    mem[9'b10010110] = 24'he9;
    mem[9'b10010111] = 24'hc18;
    mem[9'b10011000] = 24'h2f4;
    mem[9'b10011001] = 24'ha0d;
    mem[9'b10011010] = 24'h86c;
    mem[9'b10011011] = 24'h495;
    mem[9'b10011100] = 24'hbc7;
    mem[9'b10011101] = 24'h13a;
    mem[9'b10011110] = 24'hbea;
    mem[9'b10011111] = 24'h117;
    mem[9'b10100000] = 24'h6a7;
    mem[9'b10100001] = 24'h65a;
    mem[9'b10100010] = 24'h673;
    mem[9'b10100011] = 24'h68e;
    mem[9'b10100100] = 24'hae5;
    mem[9'b10100101] = 24'h21c;
    mem[9'b10100110] = 24'h6fd;
    mem[9'b10100111] = 24'h604;
    mem[9'b10101000] = 24'h737;
    mem[9'b10101001] = 24'h5ca;
    mem[9'b10101010] = 24'h3b8;
    mem[9'b10101011] = 24'h949;
    mem[9'b10101100] = 24'h5b5;
    mem[9'b10101101] = 24'h74c;
    mem[9'b10101110] = 24'ha7f;
    mem[9'b10101111] = 24'h282;
    mem[9'b10110000] = 24'h3ab;
    mem[9'b10110001] = 24'h956;
    mem[9'b10110010] = 24'h904;
    mem[9'b10110011] = 24'h3fd;
    mem[9'b10110100] = 24'h985;
    mem[9'b10110101] = 24'h37c;
    mem[9'b10110110] = 24'h954;
    mem[9'b10110111] = 24'h3ad;
    mem[9'b10111000] = 24'h2dd;
    mem[9'b10111001] = 24'ha24;
    mem[9'b10111010] = 24'h921;
    mem[9'b10111011] = 24'h3e0;
    mem[9'b10111100] = 24'h10c;
    mem[9'b10111101] = 24'hbf5;
    mem[9'b10111110] = 24'h281;
    mem[9'b10111111] = 24'ha80;
    mem[9'b11000000] = 24'h630;
    mem[9'b11000001] = 24'h6d1;
    mem[9'b11000010] = 24'h8fa;
    mem[9'b11000011] = 24'h407;
    mem[9'b11000100] = 24'h7f5;
    mem[9'b11000101] = 24'h50c;
    mem[9'b11000110] = 24'hc94;
    mem[9'b11000111] = 24'h6d;
    mem[9'b11001000] = 24'h177;
    mem[9'b11001001] = 24'hb8a;
    mem[9'b11001010] = 24'h9f5;
    mem[9'b11001011] = 24'h30c;
    mem[9'b11001100] = 24'h82a;
    mem[9'b11001101] = 24'h4d7;
    mem[9'b11001110] = 24'h66d;
    mem[9'b11001111] = 24'h694;
    mem[9'b11010000] = 24'h427;
    mem[9'b11010001] = 24'h8da;
    mem[9'b11010010] = 24'h13f;
    mem[9'b11010011] = 24'hbc2;
    mem[9'b11010100] = 24'had5;
    mem[9'b11010101] = 24'h22c;
    mem[9'b11010110] = 24'h2f5;
    mem[9'b11010111] = 24'ha0c;
    mem[9'b11011000] = 24'h833;
    mem[9'b11011001] = 24'h4ce;
    mem[9'b11011010] = 24'h231;
    mem[9'b11011011] = 24'had0;
    mem[9'b11011100] = 24'h9a2;
    mem[9'b11011101] = 24'h35f;
    mem[9'b11011110] = 24'ha22;
    mem[9'b11011111] = 24'h2df;
    mem[9'b11100000] = 24'haf4;
    mem[9'b11100001] = 24'h20d;
    mem[9'b11100010] = 24'h444;
    mem[9'b11100011] = 24'h8bd;
    mem[9'b11100100] = 24'h193;
    mem[9'b11100101] = 24'hb6e;
    mem[9'b11100110] = 24'h402;
    mem[9'b11100111] = 24'h8ff;
    mem[9'b11101000] = 24'h477;
    mem[9'b11101001] = 24'h88a;
    mem[9'b11101010] = 24'h866;
    mem[9'b11101011] = 24'h49b;
    mem[9'b11101100] = 24'had7;
    mem[9'b11101101] = 24'h22a;
    mem[9'b11101110] = 24'h376;
    mem[9'b11101111] = 24'h98b;
    mem[9'b11110000] = 24'h6ba;
    mem[9'b11110001] = 24'h647;
    mem[9'b11110010] = 24'h4bc;
    mem[9'b11110011] = 24'h845;
    mem[9'b11110100] = 24'h752;
    mem[9'b11110101] = 24'h5af;
    mem[9'b11110110] = 24'h405;
    mem[9'b11110111] = 24'h8fc;
    mem[9'b11111000] = 24'h83e;
    mem[9'b11111001] = 24'h4c3;
    mem[9'b11111010] = 24'hb77;
    mem[9'b11111011] = 24'h18a;
    mem[9'b11111100] = 24'h375;
    mem[9'b11111101] = 24'h98c;
    mem[9'b11111110] = 24'h86a;
    mem[9'b11111111] = 24'h497;
    mem[9'b100000000] = 24'h1;
    mem[9'b100000001] = 24'h495e02;
    mem[9'b100000010] = 24'h397567;
    mem[9'b100000011] = 24'h396569;
    mem[9'b100000100] = 24'h4f062b;
    mem[9'b100000101] = 24'h53df73;
    mem[9'b100000110] = 24'h4fe033;
    mem[9'b100000111] = 24'h4f066b;
    mem[9'b100001000] = 24'h76b1ae;
    mem[9'b100001001] = 24'h360dd5;
    mem[9'b100001010] = 24'h28edb0;
    mem[9'b100001011] = 24'h207fe4;
    mem[9'b100001100] = 24'h397283;
    mem[9'b100001101] = 24'h70894a;
    mem[9'b100001110] = 24'h88192;
    mem[9'b100001111] = 24'h6d3dc8;
    mem[9'b100010000] = 24'h4c7294;
    mem[9'b100010001] = 24'h41e0b4;
    mem[9'b100010010] = 24'h28a3d2;
    mem[9'b100010011] = 24'h66528a;
    mem[9'b100010100] = 24'h4a18a7;
    mem[9'b100010101] = 24'h794034;
    mem[9'b100010110] = 24'ha52ee;
    mem[9'b100010111] = 24'h6b7d81;
    mem[9'b100011000] = 24'h4e9f1d;
    mem[9'b100011001] = 24'h1a2877;
    mem[9'b100011010] = 24'h2571df;
    mem[9'b100011011] = 24'h1649ee;
    mem[9'b100011100] = 24'h7611bd;
    mem[9'b100011101] = 24'h492bb7;
    mem[9'b100011110] = 24'h2af697;
    mem[9'b100011111] = 24'h22d8d5;
    mem[9'b100100000] = 24'h36f72a;
    mem[9'b100100001] = 24'h30911e;
    mem[9'b100100010] = 24'h29d13f;
    mem[9'b100100011] = 24'h492673;
    mem[9'b100100100] = 24'h50685f;
    mem[9'b100100101] = 24'h2010a2;
    mem[9'b100100110] = 24'h3887f7;
    mem[9'b100100111] = 24'h11b2c3;
    mem[9'b100101000] = 24'h603a4;
    mem[9'b100101001] = 24'he2bed;
    mem[9'b100101010] = 24'h10b72c;
    mem[9'b100101011] = 24'h4a5f35;
    mem[9'b100101100] = 24'h1f9d15;
    mem[9'b100101101] = 24'h428cd4;
    mem[9'b100101110] = 24'h3177f4;
    mem[9'b100101111] = 24'h20e612;
    mem[9'b100110000] = 24'h341c1d;
    mem[9'b100110001] = 24'h1ad873;
    mem[9'b100110010] = 24'h736681;
    mem[9'b100110011] = 24'h49553f;
    mem[9'b100110100] = 24'h3952f6;
    mem[9'b100110101] = 24'h62564a;
    mem[9'b100110110] = 24'h65ad05;
    mem[9'b100110111] = 24'h439a1c;
    mem[9'b100111000] = 24'h53aa5f;
    mem[9'b100111001] = 24'h30b622;
    mem[9'b100111010] = 24'h87f38;
    mem[9'b100111011] = 24'h3b0e6d;
    mem[9'b100111100] = 24'h2c83da;
    mem[9'b100111101] = 24'h1c496e;
    mem[9'b100111110] = 24'h330e2b;
    mem[9'b100111111] = 24'h1c5b70;
    mem[9'b101000000] = 24'h2ee3f1;
    mem[9'b101000001] = 24'h137eb9;
    mem[9'b101000010] = 24'h57a930;
    mem[9'b101000011] = 24'h3ac6ef;
    mem[9'b101000100] = 24'h3fd54c;
    mem[9'b101000101] = 24'h4eb2ea;
    mem[9'b101000110] = 24'h503ee1;
    mem[9'b101000111] = 24'h7bb175;
    mem[9'b101001000] = 24'h2648b4;
    mem[9'b101001001] = 24'h1ef256;
    mem[9'b101001010] = 24'h1d90a2;
    mem[9'b101001011] = 24'h45a6d4;
    mem[9'b101001100] = 24'h2ae59b;
    mem[9'b101001101] = 24'h52589c;
    mem[9'b101001110] = 24'h6ef1f5;
    mem[9'b101001111] = 24'h3f7288;
    mem[9'b101010000] = 24'h175102;
    mem[9'b101010001] = 24'h75d59;
    mem[9'b101010010] = 24'h1187ba;
    mem[9'b101010011] = 24'h52aca9;
    mem[9'b101010100] = 24'h773e9e;
    mem[9'b101010101] = 24'h296d8;
    mem[9'b101010110] = 24'h2592ec;
    mem[9'b101010111] = 24'h4cff12;
    mem[9'b101011000] = 24'h404ce8;
    mem[9'b101011001] = 24'h4aa582;
    mem[9'b101011010] = 24'h1e54e6;
    mem[9'b101011011] = 24'h4f16c1;
    mem[9'b101011100] = 24'h1a7e79;
    mem[9'b101011101] = 24'h3978f;
    mem[9'b101011110] = 24'h4e4817;
    mem[9'b101011111] = 24'h31b859;
    mem[9'b101100000] = 24'h5884cc;
    mem[9'b101100001] = 24'h1b4827;
    mem[9'b101100010] = 24'h5b63d0;
    mem[9'b101100011] = 24'h5d787a;
    mem[9'b101100100] = 24'h35225e;
    mem[9'b101100101] = 24'h400c7e;
    mem[9'b101100110] = 24'h6c09d1;
    mem[9'b101100111] = 24'h5bd532;
    mem[9'b101101000] = 24'h6bc4d3;
    mem[9'b101101001] = 24'h258ecb;
    mem[9'b101101010] = 24'h2e534c;
    mem[9'b101101011] = 24'h97a6c;
    mem[9'b101101100] = 24'h3b8820;
    mem[9'b101101101] = 24'h6d285c;
    mem[9'b101101110] = 24'h2ca4f8;
    mem[9'b101101111] = 24'h337caa;
    mem[9'b101110000] = 24'h14b2a0;
    mem[9'b101110001] = 24'h558536;
    mem[9'b101110010] = 24'h28f186;
    mem[9'b101110011] = 24'h55795d;
    mem[9'b101110100] = 24'h4af670;
    mem[9'b101110101] = 24'h234a86;
    mem[9'b101110110] = 24'h75e826;
    mem[9'b101110111] = 24'h78de66;
    mem[9'b101111000] = 24'h5528c;
    mem[9'b101111001] = 24'h7adf59;
    mem[9'b101111010] = 24'hf6e17;
    mem[9'b101111011] = 24'h5bf3da;
    mem[9'b101111100] = 24'h459b7e;
    mem[9'b101111101] = 24'h628b34;
    mem[9'b101111110] = 24'h5dbecb;
    mem[9'b101111111] = 24'h1a9e7b;
    mem[9'b110000000] = 24'h6d9;
    mem[9'b110000001] = 24'h6257c5;
    mem[9'b110000010] = 24'h574b3c;
    mem[9'b110000011] = 24'h69a8ef;
    mem[9'b110000100] = 24'h289838;
    mem[9'b110000101] = 24'h64b5fe;
    mem[9'b110000110] = 24'h7ef8f5;
    mem[9'b110000111] = 24'h2a4e78;
    mem[9'b110001000] = 24'h120a23;
    mem[9'b110001001] = 24'h154a8;
    mem[9'b110001010] = 24'h9b7ff;
    mem[9'b110001011] = 24'h435e87;
    mem[9'b110001100] = 24'h437ff8;
    mem[9'b110001101] = 24'h5cd5b4;
    mem[9'b110001110] = 24'h4dc04e;
    mem[9'b110001111] = 24'h4728af;
    mem[9'b110010000] = 24'h7f735d;
    mem[9'b110010001] = 24'hc8d0d;
    mem[9'b110010010] = 24'hf66d5;
    mem[9'b110010011] = 24'h5a6d80;
    mem[9'b110010100] = 24'h61ab98;
    mem[9'b110010101] = 24'h185d96;
    mem[9'b110010110] = 24'h437f31;
    mem[9'b110010111] = 24'h468298;
    mem[9'b110011000] = 24'h662960;
    mem[9'b110011001] = 24'h4bd579;
    mem[9'b110011010] = 24'h28de06;
    mem[9'b110011011] = 24'h465d8d;
    mem[9'b110011100] = 24'h49b0e3;
    mem[9'b110011101] = 24'h9b434;
    mem[9'b110011110] = 24'h7c0db3;
    mem[9'b110011111] = 24'h5a68b0;
    mem[9'b110100000] = 24'h409ba9;
    mem[9'b110100001] = 24'h64d3d5;
    mem[9'b110100010] = 24'h21762a;
    mem[9'b110100011] = 24'h658591;
    mem[9'b110100100] = 24'h246e39;
    mem[9'b110100101] = 24'h48c39b;
    mem[9'b110100110] = 24'h7bc759;
    mem[9'b110100111] = 24'h4f5859;
    mem[9'b110101000] = 24'h392db2;
    mem[9'b110101001] = 24'h230923;
    mem[9'b110101010] = 24'h12eb67;
    mem[9'b110101011] = 24'h454df2;
    mem[9'b110101100] = 24'h30c31c;
    mem[9'b110101101] = 24'h285424;
    mem[9'b110101110] = 24'h13232e;
    mem[9'b110101111] = 24'h7faf80;
    mem[9'b110110000] = 24'h2dbfcb;
    mem[9'b110110001] = 24'h22a0b;
    mem[9'b110110010] = 24'h7e832c;
    mem[9'b110110011] = 24'h26587a;
    mem[9'b110110100] = 24'h6b3375;
    mem[9'b110110101] = 24'h95b76;
    mem[9'b110110110] = 24'h6be1cc;
    mem[9'b110110111] = 24'h5e061e;
    mem[9'b110111000] = 24'h78e00d;
    mem[9'b110111001] = 24'h628c37;
    mem[9'b110111010] = 24'h3da604;
    mem[9'b110111011] = 24'h4ae53c;
    mem[9'b110111100] = 24'h1f1d68;
    mem[9'b110111101] = 24'h6330bb;
    mem[9'b110111110] = 24'h7361b8;
    mem[9'b110111111] = 24'h5ea06c;
    mem[9'b111000000] = 24'h671ac7;
    mem[9'b111000001] = 24'h201fc6;
    mem[9'b111000010] = 24'h5ba4ff;
    mem[9'b111000011] = 24'h60d772;
    mem[9'b111000100] = 24'h8f201;
    mem[9'b111000101] = 24'h6de024;
    mem[9'b111000110] = 24'h80e6d;
    mem[9'b111000111] = 24'h56038e;
    mem[9'b111001000] = 24'h695688;
    mem[9'b111001001] = 24'h1e6d3e;
    mem[9'b111001010] = 24'h2603bd;
    mem[9'b111001011] = 24'h6a9dfa;
    mem[9'b111001100] = 24'h7c017;
    mem[9'b111001101] = 24'h6dbfd4;
    mem[9'b111001110] = 24'h74d0bd;
    mem[9'b111001111] = 24'h63e1e3;
    mem[9'b111010000] = 24'h519573;
    mem[9'b111010001] = 24'h7ab60d;
    mem[9'b111010010] = 24'h2867ba;
    mem[9'b111010011] = 24'h2decd4;
    mem[9'b111010100] = 24'h58018c;
    mem[9'b111010101] = 24'h3f4cf5;
    mem[9'b111010110] = 24'hb7009;
    mem[9'b111010111] = 24'h427e23;
    mem[9'b111011000] = 24'h3cbd37;
    mem[9'b111011001] = 24'h273333;
    mem[9'b111011010] = 24'h673957;
    mem[9'b111011011] = 24'h1a4b5d;
    mem[9'b111011100] = 24'h196926;
    mem[9'b111011101] = 24'h1ef206;
    mem[9'b111011110] = 24'h11c14e;
    mem[9'b111011111] = 24'h4c76c8;
    mem[9'b111100000] = 24'h3cf42f;
    mem[9'b111100001] = 24'h7fb19a;
    mem[9'b111100010] = 24'h6af66c;
    mem[9'b111100011] = 24'h2e1669;
    mem[9'b111100100] = 24'h3352d6;
    mem[9'b111100101] = 24'h34760;
    mem[9'b111100110] = 24'h85260;
    mem[9'b111100111] = 24'h741e78;
    mem[9'b111101000] = 24'h2f6316;
    mem[9'b111101001] = 24'h6f0a11;
    mem[9'b111101010] = 24'h7c0f1;
    mem[9'b111101011] = 24'h776d0b;
    mem[9'b111101100] = 24'hd1ff0;
    mem[9'b111101101] = 24'h345824;
    mem[9'b111101110] = 24'h223d4;
    mem[9'b111101111] = 24'h68c559;
    mem[9'b111110000] = 24'h5e8885;
    mem[9'b111110001] = 24'h2faa32;
    mem[9'b111110010] = 24'h23fc65;
    mem[9'b111110011] = 24'h5e6942;
    mem[9'b111110100] = 24'h51e0ed;
    mem[9'b111110101] = 24'h65adb3;
    mem[9'b111110110] = 24'h2ca5e6;
    mem[9'b111110111] = 24'h79e1fe;
    mem[9'b111111000] = 24'h7b4064;
    mem[9'b111111001] = 24'h35e1dd;
    mem[9'b111111010] = 24'h433aac;
    mem[9'b111111011] = 24'h464ade;
    mem[9'b111111100] = 24'h1cfe14;
    mem[9'b111111101] = 24'h73f1ce;
    mem[9'b111111110] = 24'h10170e;
    mem[9'b111111111] = 24'h74b6d7;
    end
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // mlkem_engine$mem$rom$2


module mlkem_engine$mem$rom$3(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [8:0] read_address;
    input wire  read_clock;
    output reg  [23:0] read_data;
    input wire  [8:0] write_address;
    input wire  write_clock;
    input wire  [23:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[23:0] mem[511:0];
    
    initial begin
    mem[9'b0] = 24'h1;
    mem[9'b1] = 24'h6c1;
    mem[9'b10] = 24'ha14;
    mem[9'b11] = 24'hcd9;
    mem[9'b100] = 24'ha52;
    mem[9'b101] = 24'h276;
    mem[9'b110] = 24'h769;
    mem[9'b111] = 24'h350;
    mem[9'b1000] = 24'h426;
    mem[9'b1001] = 24'h77f;
    mem[9'b1010] = 24'hc1;
    mem[9'b1011] = 24'h31d;
    mem[9'b1100] = 24'hae2;
    mem[9'b1101] = 24'hcbc;
    mem[9'b1110] = 24'h239;
    mem[9'b1111] = 24'h6d2;
    mem[9'b10000] = 24'h128;
    mem[9'b10001] = 24'h98f;
    mem[9'b10010] = 24'h53b;
    mem[9'b10011] = 24'h5c4;
    mem[9'b10100] = 24'hbe6;
    mem[9'b10101] = 24'h38;
    mem[9'b10110] = 24'h8c0;
    mem[9'b10111] = 24'h535;
    mem[9'b11000] = 24'h592;
    mem[9'b11001] = 24'h82e;
    mem[9'b11010] = 24'h217;
    mem[9'b11011] = 24'hb42;
    mem[9'b11100] = 24'h959;
    mem[9'b11101] = 24'hb3f;
    mem[9'b11110] = 24'h7b6;
    mem[9'b11111] = 24'h335;
    mem[9'b100000] = 24'h121;
    mem[9'b100001] = 24'h14b;
    mem[9'b100010] = 24'hcb5;
    mem[9'b100011] = 24'h6dc;
    mem[9'b100100] = 24'h4ad;
    mem[9'b100101] = 24'h900;
    mem[9'b100110] = 24'h8e5;
    mem[9'b100111] = 24'h807;
    mem[9'b101000] = 24'h28a;
    mem[9'b101001] = 24'h7b9;
    mem[9'b101010] = 24'h9d1;
    mem[9'b101011] = 24'h278;
    mem[9'b101100] = 24'hb31;
    mem[9'b101101] = 24'h21;
    mem[9'b101110] = 24'h528;
    mem[9'b101111] = 24'h77b;
    mem[9'b110000] = 24'h90f;
    mem[9'b110001] = 24'h59b;
    mem[9'b110010] = 24'h327;
    mem[9'b110011] = 24'h1c4;
    mem[9'b110100] = 24'h59e;
    mem[9'b110101] = 24'hb34;
    mem[9'b110110] = 24'h5fe;
    mem[9'b110111] = 24'h962;
    mem[9'b111000] = 24'ha57;
    mem[9'b111001] = 24'ha39;
    mem[9'b111010] = 24'h5c9;
    mem[9'b111011] = 24'h288;
    mem[9'b111100] = 24'h9aa;
    mem[9'b111101] = 24'hc26;
    mem[9'b111110] = 24'h4cb;
    mem[9'b111111] = 24'h38e;
    mem[9'b1000000] = 24'h11;
    mem[9'b1000001] = 24'hac9;
    mem[9'b1000010] = 24'h247;
    mem[9'b1000011] = 24'ha59;
    mem[9'b1000100] = 24'h665;
    mem[9'b1000101] = 24'h2d3;
    mem[9'b1000110] = 24'h8f0;
    mem[9'b1000111] = 24'h44c;
    mem[9'b1001000] = 24'h581;
    mem[9'b1001001] = 24'ha66;
    mem[9'b1001010] = 24'hcd1;
    mem[9'b1001011] = 24'he9;
    mem[9'b1001100] = 24'h2f4;
    mem[9'b1001101] = 24'h86c;
    mem[9'b1001110] = 24'hbc7;
    mem[9'b1001111] = 24'hbea;
    mem[9'b1010000] = 24'h6a7;
    mem[9'b1010001] = 24'h673;
    mem[9'b1010010] = 24'hae5;
    mem[9'b1010011] = 24'h6fd;
    mem[9'b1010100] = 24'h737;
    mem[9'b1010101] = 24'h3b8;
    mem[9'b1010110] = 24'h5b5;
    mem[9'b1010111] = 24'ha7f;
    mem[9'b1011000] = 24'h3ab;
    mem[9'b1011001] = 24'h904;
    mem[9'b1011010] = 24'h985;
    mem[9'b1011011] = 24'h954;
    mem[9'b1011100] = 24'h2dd;
    mem[9'b1011101] = 24'h921;
    mem[9'b1011110] = 24'h10c;
    mem[9'b1011111] = 24'h281;
    mem[9'b1100000] = 24'h630;
    mem[9'b1100001] = 24'h8fa;
    mem[9'b1100010] = 24'h7f5;
    mem[9'b1100011] = 24'hc94;
    mem[9'b1100100] = 24'h177;
    mem[9'b1100101] = 24'h9f5;
    mem[9'b1100110] = 24'h82a;
    mem[9'b1100111] = 24'h66d;
    mem[9'b1101000] = 24'h427;
    mem[9'b1101001] = 24'h13f;
    mem[9'b1101010] = 24'had5;
    mem[9'b1101011] = 24'h2f5;
    mem[9'b1101100] = 24'h833;
    mem[9'b1101101] = 24'h231;
    mem[9'b1101110] = 24'h9a2;
    mem[9'b1101111] = 24'ha22;
    mem[9'b1110000] = 24'haf4;
    mem[9'b1110001] = 24'h444;
    mem[9'b1110010] = 24'h193;
    mem[9'b1110011] = 24'h402;
    mem[9'b1110100] = 24'h477;
    mem[9'b1110101] = 24'h866;
    mem[9'b1110110] = 24'had7;
    mem[9'b1110111] = 24'h376;
    mem[9'b1111000] = 24'h6ba;
    mem[9'b1111001] = 24'h4bc;
    mem[9'b1111010] = 24'h752;
    mem[9'b1111011] = 24'h405;
    mem[9'b1111100] = 24'h83e;
    mem[9'b1111101] = 24'hb77;
    mem[9'b1111110] = 24'h375;
    mem[9'b1111111] = 24'h86a;
    mem[9'b10000000] = 24'h11;
    mem[9'b10000001] = 24'hcf0;
    mem[9'b10000010] = 24'hac9;
    mem[9'b10000011] = 24'h238;
    mem[9'b10000100] = 24'h247;
    mem[9'b10000101] = 24'haba;
    mem[9'b10000110] = 24'ha59;
    mem[9'b10000111] = 24'h2a8;
    mem[9'b10001000] = 24'h665;
    mem[9'b10001001] = 24'h69c;
    mem[9'b10001010] = 24'h2d3;
    mem[9'b10001011] = 24'ha2e;
    mem[9'b10001100] = 24'h8f0;
    mem[9'b10001101] = 24'h411;
    mem[9'b10001110] = 24'h44c;
    mem[9'b10001111] = 24'h8b5;
    mem[9'b10010000] = 24'h581;
    mem[9'b10010001] = 24'h780;
    mem[9'b10010010] = 24'ha66;
    mem[9'b10010011] = 24'h29b;
    mem[9'b10010100] = 24'hcd1;
    mem[9'b10010101] = 24'h30;
    mem[9'b10010110] = 24'he9;
    mem[9'b10010111] = 24'hc18;
    mem[9'b10011000] = 24'h2f4;
    mem[9'b10011001] = 24'ha0d;
    mem[9'b10011010] = 24'h86c;
    mem[9'b10011011] = 24'h495;
    mem[9'b10011100] = 24'hbc7;
    mem[9'b10011101] = 24'h13a;
    mem[9'b10011110] = 24'hbea;
    mem[9'b10011111] = 24'h117;
    mem[9'b10100000] = 24'h6a7;
    mem[9'b10100001] = 24'h65a;
    mem[9'b10100010] = 24'h673;
    mem[9'b10100011] = 24'h68e;
    mem[9'b10100100] = 24'hae5;
    mem[9'b10100101] = 24'h21c;
    mem[9'b10100110] = 24'h6fd;
    mem[9'b10100111] = 24'h604;
    mem[9'b10101000] = 24'h737;
    mem[9'b10101001] = 24'h5ca;
    mem[9'b10101010] = 24'h3b8;
    mem[9'b10101011] = 24'h949;
    mem[9'b10101100] = 24'h5b5;
    mem[9'b10101101] = 24'h74c;
    mem[9'b10101110] = 24'ha7f;
    mem[9'b10101111] = 24'h282;
    mem[9'b10110000] = 24'h3ab;
    mem[9'b10110001] = 24'h956;
    mem[9'b10110010] = 24'h904;
    mem[9'b10110011] = 24'h3fd;
    mem[9'b10110100] = 24'h985;
    mem[9'b10110101] = 24'h37c;
    mem[9'b10110110] = 24'h954;
    mem[9'b10110111] = 24'h3ad;
    mem[9'b10111000] = 24'h2dd;
    mem[9'b10111001] = 24'ha24;
    mem[9'b10111010] = 24'h921;
    mem[9'b10111011] = 24'h3e0;
    mem[9'b10111100] = 24'h10c;
    mem[9'b10111101] = 24'hbf5;
    mem[9'b10111110] = 24'h281;
    mem[9'b10111111] = 24'ha80;
    mem[9'b11000000] = 24'h630;
    mem[9'b11000001] = 24'h6d1;
    mem[9'b11000010] = 24'h8fa;
    mem[9'b11000011] = 24'h407;
    mem[9'b11000100] = 24'h7f5;
    mem[9'b11000101] = 24'h50c;
    mem[9'b11000110] = 24'hc94;
    mem[9'b11000111] = 24'h6d;
    mem[9'b11001000] = 24'h177;
    mem[9'b11001001] = 24'hb8a;
    mem[9'b11001010] = 24'h9f5;
    mem[9'b11001011] = 24'h30c;
    mem[9'b11001100] = 24'h82a;
    mem[9'b11001101] = 24'h4d7;
    mem[9'b11001110] = 24'h66d;
    mem[9'b11001111] = 24'h694;
    mem[9'b11010000] = 24'h427;
    mem[9'b11010001] = 24'h8da;
    mem[9'b11010010] = 24'h13f;
    mem[9'b11010011] = 24'hbc2;
    mem[9'b11010100] = 24'had5;
    mem[9'b11010101] = 24'h22c;
    mem[9'b11010110] = 24'h2f5;
    mem[9'b11010111] = 24'ha0c;
    mem[9'b11011000] = 24'h833;
    mem[9'b11011001] = 24'h4ce;
    mem[9'b11011010] = 24'h231;
    mem[9'b11011011] = 24'had0;
    mem[9'b11011100] = 24'h9a2;
    mem[9'b11011101] = 24'h35f;
    mem[9'b11011110] = 24'ha22;
    mem[9'b11011111] = 24'h2df;
    mem[9'b11100000] = 24'haf4;
    mem[9'b11100001] = 24'h20d;
    mem[9'b11100010] = 24'h444;
    mem[9'b11100011] = 24'h8bd;
    mem[9'b11100100] = 24'h193;
    mem[9'b11100101] = 24'hb6e;
    mem[9'b11100110] = 24'h402;
    mem[9'b11100111] = 24'h8ff;
    mem[9'b11101000] = 24'h477;
    mem[9'b11101001] = 24'h88a;
    mem[9'b11101010] = 24'h866;
    mem[9'b11101011] = 24'h49b;
    mem[9'b11101100] = 24'had7;
    mem[9'b11101101] = 24'h22a;
    mem[9'b11101110] = 24'h376;
    mem[9'b11101111] = 24'h98b;
    mem[9'b11110000] = 24'h6ba;
    mem[9'b11110001] = 24'h647;
    mem[9'b11110010] = 24'h4bc;
    mem[9'b11110011] = 24'h845;
    mem[9'b11110100] = 24'h752;
    mem[9'b11110101] = 24'h5af;
    mem[9'b11110110] = 24'h405;
    mem[9'b11110111] = 24'h8fc;
    mem[9'b11111000] = 24'h83e;
    mem[9'b11111001] = 24'h4c3;
    mem[9'b11111010] = 24'hb77;
    mem[9'b11111011] = 24'h18a;
    mem[9'b11111100] = 24'h375;
    mem[9'b11111101] = 24'h98c;
    mem[9'b11111110] = 24'h86a;
    mem[9'b11111111] = 24'h497;
    mem[9'b100000000] = 24'h1;
    mem[9'b100000001] = 24'h495e02;
    mem[9'b100000010] = 24'h397567;
    mem[9'b100000011] = 24'h396569;
    mem[9'b100000100] = 24'h4f062b;
    mem[9'b100000101] = 24'h53df73;
    mem[9'b100000110] = 24'h4fe033;
    mem[9'b100000111] = 24'h4f066b;
    mem[9'b100001000] = 24'h76b1ae;
    mem[9'b100001001] = 24'h360dd5;
    mem[9'b100001010] = 24'h28edb0;
    mem[9'b100001011] = 24'h207fe4;
    mem[9'b100001100] = 24'h397283;
    mem[9'b100001101] = 24'h70894a;
    mem[9'b100001110] = 24'h88192;
    mem[9'b100001111] = 24'h6d3dc8;
    mem[9'b100010000] = 24'h4c7294;
    mem[9'b100010001] = 24'h41e0b4;
    mem[9'b100010010] = 24'h28a3d2;
    mem[9'b100010011] = 24'h66528a;
    mem[9'b100010100] = 24'h4a18a7;
    mem[9'b100010101] = 24'h794034;
    mem[9'b100010110] = 24'ha52ee;
    mem[9'b100010111] = 24'h6b7d81;
    mem[9'b100011000] = 24'h4e9f1d;
    mem[9'b100011001] = 24'h1a2877;
    mem[9'b100011010] = 24'h2571df;
    mem[9'b100011011] = 24'h1649ee;
    mem[9'b100011100] = 24'h7611bd;
    mem[9'b100011101] = 24'h492bb7;
    mem[9'b100011110] = 24'h2af697;
    mem[9'b100011111] = 24'h22d8d5;
    mem[9'b100100000] = 24'h36f72a;
    mem[9'b100100001] = 24'h30911e;
    mem[9'b100100010] = 24'h29d13f;
    mem[9'b100100011] = 24'h492673;
    mem[9'b100100100] = 24'h50685f;
    mem[9'b100100101] = 24'h2010a2;
    mem[9'b100100110] = 24'h3887f7;
    mem[9'b100100111] = 24'h11b2c3;
    mem[9'b100101000] = 24'h603a4;
    mem[9'b100101001] = 24'he2bed;
    mem[9'b100101010] = 24'h10b72c;
    mem[9'b100101011] = 24'h4a5f35;
    mem[9'b100101100] = 24'h1f9d15;
    mem[9'b100101101] = 24'h428cd4;
    mem[9'b100101110] = 24'h3177f4;
    mem[9'b100101111] = 24'h20e612;
    mem[9'b100110000] = 24'h341c1d;
    mem[9'b100110001] = 24'h1ad873;
    mem[9'b100110010] = 24'h736681;
    mem[9'b100110011] = 24'h49553f;
    mem[9'b100110100] = 24'h3952f6;
    mem[9'b100110101] = 24'h62564a;
    mem[9'b100110110] = 24'h65ad05;
    mem[9'b100110111] = 24'h439a1c;
    mem[9'b100111000] = 24'h53aa5f;
    mem[9'b100111001] = 24'h30b622;
    mem[9'b100111010] = 24'h87f38;
    mem[9'b100111011] = 24'h3b0e6d;
    mem[9'b100111100] = 24'h2c83da;
    mem[9'b100111101] = 24'h1c496e;
    mem[9'b100111110] = 24'h330e2b;
    mem[9'b100111111] = 24'h1c5b70;
    mem[9'b101000000] = 24'h2ee3f1;
    mem[9'b101000001] = 24'h137eb9;
    mem[9'b101000010] = 24'h57a930;
    mem[9'b101000011] = 24'h3ac6ef;
    mem[9'b101000100] = 24'h3fd54c;
    mem[9'b101000101] = 24'h4eb2ea;
    mem[9'b101000110] = 24'h503ee1;
    mem[9'b101000111] = 24'h7bb175;
    mem[9'b101001000] = 24'h2648b4;
    mem[9'b101001001] = 24'h1ef256;
    mem[9'b101001010] = 24'h1d90a2;
    mem[9'b101001011] = 24'h45a6d4;
    mem[9'b101001100] = 24'h2ae59b;
    mem[9'b101001101] = 24'h52589c;
    mem[9'b101001110] = 24'h6ef1f5;
    mem[9'b101001111] = 24'h3f7288;
    mem[9'b101010000] = 24'h175102;
    mem[9'b101010001] = 24'h75d59;
    mem[9'b101010010] = 24'h1187ba;
    mem[9'b101010011] = 24'h52aca9;
    mem[9'b101010100] = 24'h773e9e;
    mem[9'b101010101] = 24'h296d8;
    mem[9'b101010110] = 24'h2592ec;
    mem[9'b101010111] = 24'h4cff12;
    mem[9'b101011000] = 24'h404ce8;
    mem[9'b101011001] = 24'h4aa582;
    mem[9'b101011010] = 24'h1e54e6;
    mem[9'b101011011] = 24'h4f16c1;
    mem[9'b101011100] = 24'h1a7e79;
    mem[9'b101011101] = 24'h3978f;
    mem[9'b101011110] = 24'h4e4817;
    mem[9'b101011111] = 24'h31b859;
    mem[9'b101100000] = 24'h5884cc;
    mem[9'b101100001] = 24'h1b4827;
    mem[9'b101100010] = 24'h5b63d0;
    mem[9'b101100011] = 24'h5d787a;
    mem[9'b101100100] = 24'h35225e;
    mem[9'b101100101] = 24'h400c7e;
    mem[9'b101100110] = 24'h6c09d1;
    mem[9'b101100111] = 24'h5bd532;
    mem[9'b101101000] = 24'h6bc4d3;
    mem[9'b101101001] = 24'h258ecb;
    mem[9'b101101010] = 24'h2e534c;
    mem[9'b101101011] = 24'h97a6c;
    mem[9'b101101100] = 24'h3b8820;
    mem[9'b101101101] = 24'h6d285c;
    mem[9'b101101110] = 24'h2ca4f8;
    mem[9'b101101111] = 24'h337caa;
    mem[9'b101110000] = 24'h14b2a0;
    mem[9'b101110001] = 24'h558536;
    mem[9'b101110010] = 24'h28f186;
    mem[9'b101110011] = 24'h55795d;
    mem[9'b101110100] = 24'h4af670;
    mem[9'b101110101] = 24'h234a86;
    mem[9'b101110110] = 24'h75e826;
    mem[9'b101110111] = 24'h78de66;
    mem[9'b101111000] = 24'h5528c;
    mem[9'b101111001] = 24'h7adf59;
    mem[9'b101111010] = 24'hf6e17;
    mem[9'b101111011] = 24'h5bf3da;
    mem[9'b101111100] = 24'h459b7e;
    mem[9'b101111101] = 24'h628b34;
    mem[9'b101111110] = 24'h5dbecb;
    mem[9'b101111111] = 24'h1a9e7b;
    mem[9'b110000000] = 24'h6d9;
    mem[9'b110000001] = 24'h6257c5;
    mem[9'b110000010] = 24'h574b3c;
    mem[9'b110000011] = 24'h69a8ef;
    mem[9'b110000100] = 24'h289838;
    mem[9'b110000101] = 24'h64b5fe;
    mem[9'b110000110] = 24'h7ef8f5;
    mem[9'b110000111] = 24'h2a4e78;
    mem[9'b110001000] = 24'h120a23;
    mem[9'b110001001] = 24'h154a8;
    mem[9'b110001010] = 24'h9b7ff;
    mem[9'b110001011] = 24'h435e87;
    mem[9'b110001100] = 24'h437ff8;
    mem[9'b110001101] = 24'h5cd5b4;
    mem[9'b110001110] = 24'h4dc04e;
    mem[9'b110001111] = 24'h4728af;
    mem[9'b110010000] = 24'h7f735d;
    mem[9'b110010001] = 24'hc8d0d;
    mem[9'b110010010] = 24'hf66d5;
    mem[9'b110010011] = 24'h5a6d80;
    mem[9'b110010100] = 24'h61ab98;
    mem[9'b110010101] = 24'h185d96;
    mem[9'b110010110] = 24'h437f31;
    mem[9'b110010111] = 24'h468298;
    mem[9'b110011000] = 24'h662960;
    mem[9'b110011001] = 24'h4bd579;
    mem[9'b110011010] = 24'h28de06;
    mem[9'b110011011] = 24'h465d8d;
    mem[9'b110011100] = 24'h49b0e3;
    mem[9'b110011101] = 24'h9b434;
    mem[9'b110011110] = 24'h7c0db3;
    mem[9'b110011111] = 24'h5a68b0;
    mem[9'b110100000] = 24'h409ba9;
    mem[9'b110100001] = 24'h64d3d5;
    mem[9'b110100010] = 24'h21762a;
    mem[9'b110100011] = 24'h658591;
    mem[9'b110100100] = 24'h246e39;
    mem[9'b110100101] = 24'h48c39b;
    mem[9'b110100110] = 24'h7bc759;
    mem[9'b110100111] = 24'h4f5859;
    mem[9'b110101000] = 24'h392db2;
    mem[9'b110101001] = 24'h230923;
    mem[9'b110101010] = 24'h12eb67;
    mem[9'b110101011] = 24'h454df2;
    mem[9'b110101100] = 24'h30c31c;
    mem[9'b110101101] = 24'h285424;
    mem[9'b110101110] = 24'h13232e;
    mem[9'b110101111] = 24'h7faf80;
    mem[9'b110110000] = 24'h2dbfcb;
    mem[9'b110110001] = 24'h22a0b;
    mem[9'b110110010] = 24'h7e832c;
    mem[9'b110110011] = 24'h26587a;
    mem[9'b110110100] = 24'h6b3375;
    mem[9'b110110101] = 24'h95b76;
    mem[9'b110110110] = 24'h6be1cc;
    mem[9'b110110111] = 24'h5e061e;
    mem[9'b110111000] = 24'h78e00d;
    mem[9'b110111001] = 24'h628c37;
    mem[9'b110111010] = 24'h3da604;
    mem[9'b110111011] = 24'h4ae53c;
    mem[9'b110111100] = 24'h1f1d68;
    mem[9'b110111101] = 24'h6330bb;
    mem[9'b110111110] = 24'h7361b8;
    mem[9'b110111111] = 24'h5ea06c;
    mem[9'b111000000] = 24'h671ac7;
    mem[9'b111000001] = 24'h201fc6;
    mem[9'b111000010] = 24'h5ba4ff;
    mem[9'b111000011] = 24'h60d772;
    mem[9'b111000100] = 24'h8f201;
    mem[9'b111000101] = 24'h6de024;
    mem[9'b111000110] = 24'h80e6d;
    mem[9'b111000111] = 24'h56038e;
    mem[9'b111001000] = 24'h695688;
    mem[9'b111001001] = 24'h1e6d3e;
    mem[9'b111001010] = 24'h2603bd;
    mem[9'b111001011] = 24'h6a9dfa;
    mem[9'b111001100] = 24'h7c017;
    mem[9'b111001101] = 24'h6dbfd4;
    mem[9'b111001110] = 24'h74d0bd;
    mem[9'b111001111] = 24'h63e1e3;
    mem[9'b111010000] = 24'h519573;
    mem[9'b111010001] = 24'h7ab60d;
    mem[9'b111010010] = 24'h2867ba;
    mem[9'b111010011] = 24'h2decd4;
    mem[9'b111010100] = 24'h58018c;
    mem[9'b111010101] = 24'h3f4cf5;
    mem[9'b111010110] = 24'hb7009;
    mem[9'b111010111] = 24'h427e23;
    mem[9'b111011000] = 24'h3cbd37;
    mem[9'b111011001] = 24'h273333;
    mem[9'b111011010] = 24'h673957;
    mem[9'b111011011] = 24'h1a4b5d;
    mem[9'b111011100] = 24'h196926;
    mem[9'b111011101] = 24'h1ef206;
    mem[9'b111011110] = 24'h11c14e;
    mem[9'b111011111] = 24'h4c76c8;
    mem[9'b111100000] = 24'h3cf42f;
    mem[9'b111100001] = 24'h7fb19a;
    mem[9'b111100010] = 24'h6af66c;
    mem[9'b111100011] = 24'h2e1669;
    mem[9'b111100100] = 24'h3352d6;
    mem[9'b111100101] = 24'h34760;
    mem[9'b111100110] = 24'h85260;
    mem[9'b111100111] = 24'h741e78;
    mem[9'b111101000] = 24'h2f6316;
    mem[9'b111101001] = 24'h6f0a11;
    mem[9'b111101010] = 24'h7c0f1;
    mem[9'b111101011] = 24'h776d0b;
    mem[9'b111101100] = 24'hd1ff0;
    mem[9'b111101101] = 24'h345824;
    mem[9'b111101110] = 24'h223d4;
    mem[9'b111101111] = 24'h68c559;
    mem[9'b111110000] = 24'h5e8885;
    mem[9'b111110001] = 24'h2faa32;
    mem[9'b111110010] = 24'h23fc65;
    mem[9'b111110011] = 24'h5e6942;
    mem[9'b111110100] = 24'h51e0ed;
    mem[9'b111110101] = 24'h65adb3;
    mem[9'b111110110] = 24'h2ca5e6;
    mem[9'b111110111] = 24'h79e1fe;
    mem[9'b111111000] = 24'h7b4064;
    mem[9'b111111001] = 24'h35e1dd;
    mem[9'b111111010] = 24'h433aac;
    mem[9'b111111011] = 24'h464ade;
    mem[9'b111111100] = 24'h1cfe14;
    mem[9'b111111101] = 24'h73f1ce;
    mem[9'b111111110] = 24'h10170e;
    mem[9'b111111111] = 24'h74b6d7;
    end
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // mlkem_engine$mem$rom$3


module mlkem_engine$mem$src_a_r(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$src_a_r


module mlkem_engine$mem$src_b_r(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$src_b_r


module mlkem_engine$mem$sw(d,q,clock);
    
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
          
endmodule // mlkem_engine$mem$sw


module mlkem_engine$mem$vp(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$vp


module mlkem_engine$mem$x1d$0(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$x1d$0


module mlkem_engine$mem$x1d$1(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$x1d$1


module mlkem_engine$mem$x1d$10(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$x1d$10


module mlkem_engine$mem$x1d$11(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$x1d$11


module mlkem_engine$mem$x1d$12(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$x1d$12


module mlkem_engine$mem$x1d$13(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$x1d$13


module mlkem_engine$mem$x1d$14(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$x1d$14


module mlkem_engine$mem$x1d$15(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$x1d$15


module mlkem_engine$mem$x1d$16(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$x1d$16


module mlkem_engine$mem$x1d$17(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$x1d$17


module mlkem_engine$mem$x1d$18(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$x1d$18


module mlkem_engine$mem$x1d$19(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$x1d$19


module mlkem_engine$mem$x1d$2(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$x1d$2


module mlkem_engine$mem$x1d$3(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$x1d$3


module mlkem_engine$mem$x1d$4(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$x1d$4


module mlkem_engine$mem$x1d$5(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$x1d$5


module mlkem_engine$mem$x1d$6(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$x1d$6


module mlkem_engine$mem$x1d$7(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$x1d$7


module mlkem_engine$mem$x1d$8(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$x1d$8


module mlkem_engine$mem$x1d$9(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$x1d$9


module mlkem_engine$mem$y1d$0(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$y1d$0


module mlkem_engine$mem$y1d$1(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$y1d$1


module mlkem_engine$mem$y1d$10(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$y1d$10


module mlkem_engine$mem$y1d$11(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$y1d$11


module mlkem_engine$mem$y1d$12(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$y1d$12


module mlkem_engine$mem$y1d$13(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$y1d$13


module mlkem_engine$mem$y1d$14(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$y1d$14


module mlkem_engine$mem$y1d$15(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$y1d$15


module mlkem_engine$mem$y1d$16(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$y1d$16


module mlkem_engine$mem$y1d$17(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$y1d$17


module mlkem_engine$mem$y1d$18(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$y1d$18


module mlkem_engine$mem$y1d$19(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$y1d$19


module mlkem_engine$mem$y1d$2(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$y1d$2


module mlkem_engine$mem$y1d$3(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$y1d$3


module mlkem_engine$mem$y1d$4(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$y1d$4


module mlkem_engine$mem$y1d$5(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$y1d$5


module mlkem_engine$mem$y1d$6(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$y1d$6


module mlkem_engine$mem$y1d$7(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$y1d$7


module mlkem_engine$mem$y1d$8(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$y1d$8


module mlkem_engine$mem$y1d$9(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mem$y1d$9


module mlkem_engine$mover(clock,reset,zeroize,start,op,a,b,c,words,flag,busy,done,error,err_code,fatal,diff,buf_re,buf_raddr,buf_rdata,buf_we,buf_waddr,buf_wdata);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  zeroize;
    input wire  start;
    input wire  [1:0] op;
    input wire  [10:0] a;
    input wire  [10:0] b;
    input wire  [10:0] c;
    input wire  [7:0] words;
    input wire  flag;
    output reg  busy;
    output reg  done;
    output reg  error;
    output reg  [3:0] err_code;
    output reg  fatal;
    output reg  diff;
    output reg  buf_re;
    output reg  [10:0] buf_raddr;
    input wire  [63:0] buf_rdata;
    output reg  buf_we;
    output reg  [10:0] buf_waddr;
    output reg  [63:0] buf_wdata;
    
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
    reg  [1:0] op_r$d;
    wire  [1:0] op_r$q;
    reg  op_r$clock;
    reg  [10:0] src$d;
    wire  [10:0] src$q;
    reg  src$clock;
    reg  [10:0] dst$d;
    wire  [10:0] dst$q;
    reg  dst$clock;
    reg  [8:0] last$d;
    wire  [8:0] last$q;
    reg  last$clock;
    reg  [8:0] cnt$d;
    wire  [8:0] cnt$q;
    reg  cnt$clock;
    reg  [8:0] cnt_b$d;
    wire  [8:0] cnt_b$q;
    reg  cnt_b$clock;
    reg  [63:0] hold$d;
    wire  [63:0] hold$q;
    reg  hold$clock;
    reg  neq$d;
    wire  neq$q;
    reg  neq$clock;
    
    // Local signals
    reg  run;
    reg  fault;
    reg  wipe;
    reg  finish;
    reg  [10:0] half;
    reg  param_ok;
    
    // Sub module instances
    mlkem_engine$mover$cmd cmd(
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
    mlkem_engine$mover$op_r op_r(
        .d(op_r$d),
        .q(op_r$q),
        .clock(op_r$clock)
    );
    mlkem_engine$mover$src src(
        .d(src$d),
        .q(src$q),
        .clock(src$clock)
    );
    mlkem_engine$mover$dst dst(
        .d(dst$d),
        .q(dst$q),
        .clock(dst$clock)
    );
    mlkem_engine$mover$last last(
        .d(last$d),
        .q(last$q),
        .clock(last$clock)
    );
    mlkem_engine$mover$cnt cnt(
        .d(cnt$d),
        .q(cnt$q),
        .clock(cnt$clock)
    );
    mlkem_engine$mover$cnt_b cnt_b(
        .d(cnt_b$d),
        .q(cnt_b$q),
        .clock(cnt_b$clock)
    );
    mlkem_engine$mover$hold hold(
        .d(hold$d),
        .q(hold$q),
        .clock(hold$clock)
    );
    mlkem_engine$mover$neq neq(
        .d(neq$d),
        .q(neq$q),
        .clock(neq$clock)
    );
    
    // Update code
    always @(*) begin
        op_r$clock = clock;
        src$clock = clock;
        dst$clock = clock;
        last$clock = clock;
        cnt$clock = clock;
        cnt_b$clock = clock;
        hold$clock = clock;
        neq$clock = clock;
        op_r$d = op_r$q;
        src$d = src$q;
        dst$d = dst$q;
        last$d = last$q;
        cnt$d = cnt$q;
        cnt_b$d = cnt_b$q;
        hold$d = hold$q;
        neq$d = neq$q;
        cmd$clock = clock;
        fault = ~cmd$legal | (cnt$q != cnt_b$q);
        fatal = cmd$alarm | fault;
        run = cmd$running & ~fault;
        busy = cmd$busy;
        done = cmd$done;
        error = cmd$error;
        err_code = cmd$err_code;
        diff = cmd$done & neq$q;
        buf_re = 1'b0;
        buf_raddr = 32'h0;
        buf_we = 1'b0;
        buf_waddr = 32'h0;
        buf_wdata = 32'h0;
        half = ((cnt$q >> 32'h1) & 11'h7ff);
        finish = run & (cnt$q == last$q);
        if (run) begin
            cnt$d = cnt$q + 32'h1;
            cnt_b$d = cnt_b$q + 32'h1;
            if (op_r$q == 32'h1) begin
                if (cnt$q != last$q) begin
                    buf_re = 1'b1;
                    buf_raddr = src$q + half;
                    if (cnt$q[32'h0]) begin
                        buf_raddr = dst$q + half;
                    end
                end
                if (cnt$q[32'h0]) begin
                    hold$d = buf_rdata;
                end
                else if (cnt$q != 32'h0) begin
                    if (hold$q != buf_rdata) begin
                        neq$d = 1'b1;
                    end
                end
            end
            else if (op_r$q == 32'h3) begin
                buf_we = 1'b1;
                buf_waddr = dst$q + ((cnt$q) & 11'h7ff);
            end
            else begin
                if (cnt$q != last$q) begin
                    buf_re = 1'b1;
                    buf_raddr = src$q + ((cnt$q) & 11'h7ff);
                end
                if (cnt$q != 32'h0) begin
                    buf_we = 1'b1;
                    buf_waddr = dst$q + ((cnt$q) & 11'h7ff) - 32'h1;
                    buf_wdata = buf_rdata;
                end
            end
        end
        param_ok = words != 32'h0;
        cmd$start = start;
        cmd$param_ok = param_ok;
        cmd$finish = finish;
        cmd$fault = fault;
        cmd$zeroize = zeroize;
        cmd$reset = reset;
        if (start & ~cmd$busy & ~cmd$alarm & param_ok) begin
            op_r$d = op;
            src$d = a;
            if ((op == 32'h2) & ~flag) begin
                src$d = c;
            end
            dst$d = b;
            cnt$d = 32'h0;
            cnt_b$d = 32'h0;
            neq$d = 1'b0;
            last$d = ((words) & 9'h1ff);
            if (op == 32'h1) begin
                last$d = ((words) & 9'h1ff) << 32'h1;
            end
            if (op == 32'h3) begin
                last$d = ((words) & 9'h1ff) - 32'h1;
            end
        end
        wipe = zeroize | reset | fault | cmd$alarm;
        cmd$wipe = wipe;
        if (wipe) begin
            op_r$d = 32'h0;
            src$d = 32'h0;
            dst$d = 32'h0;
            last$d = 32'h0;
            cnt$d = 32'h0;
            cnt_b$d = 32'h0;
            hold$d = 32'h0;
            neq$d = 1'b0;
        end
        if (finish) begin
            hold$d = 32'h0;
        end
    end
    
endmodule // mlkem_engine$mover


module mlkem_engine$mover$cmd(clock,start,param_ok,finish,fault,wipe,zeroize,reset,running,legal,alarm,busy,done,error,err_code);
    
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
    mlkem_engine$mover$cmd$fsm fsm(
        .d(fsm$d),
        .q(fsm$q),
        .clock(fsm$clock)
    );
    mlkem_engine$mover$cmd$alarm_r alarm_r(
        .d(alarm_r$d),
        .q(alarm_r$q),
        .clock(alarm_r$clock)
    );
    mlkem_engine$mover$cmd$err err(
        .d(err$d),
        .q(err$q),
        .clock(err$clock)
    );
    mlkem_engine$mover$cmd$code code(
        .d(code$d),
        .q(code$q),
        .clock(code$clock)
    );
    mlkem_engine$mover$cmd$done_r done_r(
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
    
endmodule // mlkem_engine$mover$cmd


module mlkem_engine$mover$cmd$alarm_r(d,q,clock);
    
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
          
endmodule // mlkem_engine$mover$cmd$alarm_r


module mlkem_engine$mover$cmd$code(d,q,clock);
    
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
          
endmodule // mlkem_engine$mover$cmd$code


module mlkem_engine$mover$cmd$done_r(d,q,clock);
    
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
          
endmodule // mlkem_engine$mover$cmd$done_r


module mlkem_engine$mover$cmd$err(d,q,clock);
    
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
          
endmodule // mlkem_engine$mover$cmd$err


module mlkem_engine$mover$cmd$fsm(d,q,clock);
    
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
          
endmodule // mlkem_engine$mover$cmd$fsm


module mlkem_engine$mover$cnt(d,q,clock);
    
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
          
endmodule // mlkem_engine$mover$cnt


module mlkem_engine$mover$cnt_b(d,q,clock);
    
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
          
endmodule // mlkem_engine$mover$cnt_b


module mlkem_engine$mover$dst(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mover$dst


module mlkem_engine$mover$hold(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mover$hold


module mlkem_engine$mover$last(d,q,clock);
    
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
          
endmodule // mlkem_engine$mover$last


module mlkem_engine$mover$neq(d,q,clock);
    
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
          
endmodule // mlkem_engine$mover$neq


module mlkem_engine$mover$op_r(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mover$op_r


module mlkem_engine$mover$src(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$mover$src


module mlkem_engine$port(clock,reset,zeroize,start,finish,src,words,suffix,suffix_len,dst,to_buffer,busy,error,err_code,fatal,s_in_data,s_in_valid,s_in_last,s_in_bytes,s_in_ready,s_out_data,s_out_valid,s_out_ready,buf_re,buf_raddr,buf_rdata,buf_we,buf_waddr,buf_wdata);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  zeroize;
    input wire  start;
    input wire  finish;
    input wire  [10:0] src;
    input wire  [7:0] words;
    input wire  [15:0] suffix;
    input wire  [1:0] suffix_len;
    input wire  [10:0] dst;
    input wire  to_buffer;
    output reg  busy;
    output reg  error;
    output reg  [3:0] err_code;
    output reg  fatal;
    output reg  [63:0] s_in_data;
    output reg  s_in_valid;
    output reg  s_in_last;
    output reg  [3:0] s_in_bytes;
    input wire  s_in_ready;
    input wire  [63:0] s_out_data;
    input wire  s_out_valid;
    output reg  s_out_ready;
    output reg  buf_re;
    output reg  [10:0] buf_raddr;
    input wire  [63:0] buf_rdata;
    output reg  buf_we;
    output reg  [10:0] buf_waddr;
    output reg  [63:0] buf_wdata;
    
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
    reg  [10:0] src_r$d;
    wire  [10:0] src_r$q;
    reg  src_r$clock;
    reg  [10:0] dst_r$d;
    wire  [10:0] dst_r$q;
    reg  dst_r$clock;
    reg  [7:0] words_r$d;
    wire  [7:0] words_r$q;
    reg  words_r$clock;
    reg  [15:0] suffix_r$d;
    wire  [15:0] suffix_r$q;
    reg  suffix_r$clock;
    reg  [1:0] suflen_r$d;
    wire  [1:0] suflen_r$q;
    reg  suflen_r$clock;
    reg  sink_r$d;
    wire  sink_r$q;
    reg  sink_r$clock;
    reg  [8:0] idx$d;
    wire  [8:0] idx$q;
    reg  idx$clock;
    reg  [8:0] idx_b$d;
    wire  [8:0] idx_b$q;
    reg  idx_b$clock;
    reg  absorbed$d;
    wire  absorbed$q;
    reg  absorbed$clock;
    reg  [3:0] ocnt$d;
    wire  [3:0] ocnt$q;
    reg  ocnt$clock;
    
    // Local signals
    reg  run;
    reg  fault;
    reg  wipe;
    reg  tail;
    reg  take;
    reg  [8:0] next_idx;
    reg  accept;
    
    // Sub module instances
    mlkem_engine$port$cmd cmd(
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
    mlkem_engine$port$src_r src_r(
        .d(src_r$d),
        .q(src_r$q),
        .clock(src_r$clock)
    );
    mlkem_engine$port$dst_r dst_r(
        .d(dst_r$d),
        .q(dst_r$q),
        .clock(dst_r$clock)
    );
    mlkem_engine$port$words_r words_r(
        .d(words_r$d),
        .q(words_r$q),
        .clock(words_r$clock)
    );
    mlkem_engine$port$suffix_r suffix_r(
        .d(suffix_r$d),
        .q(suffix_r$q),
        .clock(suffix_r$clock)
    );
    mlkem_engine$port$suflen_r suflen_r(
        .d(suflen_r$d),
        .q(suflen_r$q),
        .clock(suflen_r$clock)
    );
    mlkem_engine$port$sink_r sink_r(
        .d(sink_r$d),
        .q(sink_r$q),
        .clock(sink_r$clock)
    );
    mlkem_engine$port$idx idx(
        .d(idx$d),
        .q(idx$q),
        .clock(idx$clock)
    );
    mlkem_engine$port$idx_b idx_b(
        .d(idx_b$d),
        .q(idx_b$q),
        .clock(idx_b$clock)
    );
    mlkem_engine$port$absorbed absorbed(
        .d(absorbed$d),
        .q(absorbed$q),
        .clock(absorbed$clock)
    );
    mlkem_engine$port$ocnt ocnt(
        .d(ocnt$d),
        .q(ocnt$q),
        .clock(ocnt$clock)
    );
    
    // Update code
    always @(*) begin
        src_r$clock = clock;
        dst_r$clock = clock;
        words_r$clock = clock;
        suffix_r$clock = clock;
        suflen_r$clock = clock;
        sink_r$clock = clock;
        idx$clock = clock;
        idx_b$clock = clock;
        absorbed$clock = clock;
        ocnt$clock = clock;
        src_r$d = src_r$q;
        dst_r$d = dst_r$q;
        words_r$d = words_r$q;
        suffix_r$d = suffix_r$q;
        suflen_r$d = suflen_r$q;
        sink_r$d = sink_r$q;
        idx$d = idx$q;
        idx_b$d = idx_b$q;
        absorbed$d = absorbed$q;
        ocnt$d = ocnt$q;
        cmd$clock = clock;
        fault = ~cmd$legal | (idx$q != idx_b$q);
        fatal = cmd$alarm | fault;
        run = cmd$running & ~fault;
        busy = cmd$busy;
        error = cmd$error;
        err_code = cmd$err_code;
        tail = idx$q == ((words_r$q) & 9'h1ff);
        s_in_valid = run & ~absorbed$q;
        s_in_data = 32'h0;
        s_in_last = 1'b0;
        s_in_bytes = 32'h0;
        if (s_in_valid) begin
            s_in_data = buf_rdata;
            s_in_bytes = 32'h8;
            if (tail) begin
                s_in_data = ((suffix_r$q) & 64'hffffffffffffffff);
                s_in_last = 1'b1;
                s_in_bytes = ((suflen_r$q) & 4'hf);
            end
        end
        accept = s_in_valid & s_in_ready;
        take = accept & ~tail;
        next_idx = idx$q;
        if (take) begin
            next_idx = idx$q + 32'h1;
        end
        idx$d = next_idx;
        idx_b$d = idx_b$q;
        if (take) begin
            idx_b$d = idx_b$q + 32'h1;
        end
        if (accept & tail) begin
            absorbed$d = 1'b1;
        end
        buf_re = run & ~absorbed$q;
        buf_raddr = 32'h0;
        if (buf_re) begin
            buf_raddr = src_r$q + ((next_idx) & 11'h7ff);
        end
        s_out_ready = run & sink_r$q;
        buf_we = 1'b0;
        buf_waddr = 32'h0;
        buf_wdata = 32'h0;
        if (s_out_ready & s_out_valid) begin
            buf_we = 1'b1;
            buf_waddr = dst_r$q + ((ocnt$q) & 11'h7ff);
            buf_wdata = s_out_data;
            ocnt$d = ocnt$q + 32'h1;
        end
        cmd$start = start;
        cmd$param_ok = 1'b1;
        cmd$finish = run & finish;
        cmd$fault = fault;
        cmd$zeroize = zeroize;
        cmd$reset = reset;
        if (start & ~cmd$busy & ~cmd$alarm) begin
            buf_re = 1'b1;
            buf_raddr = src;
            src_r$d = src;
            dst_r$d = dst;
            words_r$d = words;
            suffix_r$d = suffix;
            suflen_r$d = suffix_len;
            sink_r$d = to_buffer;
            idx$d = 32'h0;
            idx_b$d = 32'h0;
            absorbed$d = 1'b0;
            ocnt$d = 32'h0;
        end
        wipe = zeroize | reset | fault | cmd$alarm;
        cmd$wipe = wipe;
        if (wipe | (run & finish)) begin
            src_r$d = 32'h0;
            dst_r$d = 32'h0;
            words_r$d = 32'h0;
            suffix_r$d = 32'h0;
            suflen_r$d = 32'h0;
            sink_r$d = 1'b0;
            idx$d = 32'h0;
            idx_b$d = 32'h0;
            absorbed$d = 1'b0;
            ocnt$d = 32'h0;
        end
    end
    
endmodule // mlkem_engine$port


module mlkem_engine$port$absorbed(d,q,clock);
    
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
          
endmodule // mlkem_engine$port$absorbed


module mlkem_engine$port$cmd(clock,start,param_ok,finish,fault,wipe,zeroize,reset,running,legal,alarm,busy,done,error,err_code);
    
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
    mlkem_engine$port$cmd$fsm fsm(
        .d(fsm$d),
        .q(fsm$q),
        .clock(fsm$clock)
    );
    mlkem_engine$port$cmd$alarm_r alarm_r(
        .d(alarm_r$d),
        .q(alarm_r$q),
        .clock(alarm_r$clock)
    );
    mlkem_engine$port$cmd$err err(
        .d(err$d),
        .q(err$q),
        .clock(err$clock)
    );
    mlkem_engine$port$cmd$code code(
        .d(code$d),
        .q(code$q),
        .clock(code$clock)
    );
    mlkem_engine$port$cmd$done_r done_r(
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
    
endmodule // mlkem_engine$port$cmd


module mlkem_engine$port$cmd$alarm_r(d,q,clock);
    
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
          
endmodule // mlkem_engine$port$cmd$alarm_r


module mlkem_engine$port$cmd$code(d,q,clock);
    
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
          
endmodule // mlkem_engine$port$cmd$code


module mlkem_engine$port$cmd$done_r(d,q,clock);
    
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
          
endmodule // mlkem_engine$port$cmd$done_r


module mlkem_engine$port$cmd$err(d,q,clock);
    
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
          
endmodule // mlkem_engine$port$cmd$err


module mlkem_engine$port$cmd$fsm(d,q,clock);
    
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
          
endmodule // mlkem_engine$port$cmd$fsm


module mlkem_engine$port$dst_r(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$port$dst_r


module mlkem_engine$port$idx(d,q,clock);
    
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
          
endmodule // mlkem_engine$port$idx


module mlkem_engine$port$idx_b(d,q,clock);
    
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
          
endmodule // mlkem_engine$port$idx_b


module mlkem_engine$port$ocnt(d,q,clock);
    
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
          
endmodule // mlkem_engine$port$ocnt


module mlkem_engine$port$sink_r(d,q,clock);
    
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
          
endmodule // mlkem_engine$port$sink_r


module mlkem_engine$port$src_r(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$port$src_r


module mlkem_engine$port$suffix_r(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$port$suffix_r


module mlkem_engine$port$suflen_r(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$port$suflen_r


module mlkem_engine$port$words_r(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$port$words_r


module mlkem_engine$seq(clock,reset,zeroize,start,op,params,busy,done,error,err_code,fatal,unit_fatal,unit_error,step_done,flag_set,access_violation,mem_busy,ir,in_step,issue,flag_out,unit_wipe,end_wipe,mem_wipe,sweep,sweep_addr);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  zeroize;
    input wire  start;
    input wire  [1:0] op;
    input wire  [1:0] params;
    output reg  busy;
    output reg  done;
    output reg  error;
    output reg  [3:0] err_code;
    output reg  fatal;
    input wire  unit_fatal;
    input wire  unit_error;
    input wire  step_done;
    input wire  flag_set;
    input wire  access_violation;
    input wire  mem_busy;
    output reg  [63:0] ir;
    output reg  in_step;
    output reg  issue;
    output reg  flag_out;
    output reg  unit_wipe;
    output reg  end_wipe;
    output reg  mem_wipe;
    output reg  sweep;
    output reg  [10:0] sweep_addr;
    
    // Constant declarations
    localparam  entry$0 = 10'b0;
    localparam  entry$1 = 10'b100000;
    localparam  entry$2 = 10'b1010101;
    localparam  entry$3 = 10'b10100101;
    localparam  entry$4 = 10'b11001110;
    localparam  entry$5 = 10'b100001110;
    localparam  entry$6 = 10'b101101011;
    localparam  entry$7 = 10'b110100100;
    localparam  entry$8 = 10'b111111001;
    localparam  entry_sel$0 = 4'h0;
    localparam  entry_sel$1 = 4'h1;
    localparam  entry_sel$2 = 4'h2;
    localparam  entry_sel$3 = 4'h3;
    localparam  entry_sel$4 = 4'h4;
    localparam  entry_sel$5 = 4'h5;
    localparam  entry_sel$6 = 4'h6;
    localparam  entry_sel$7 = 4'h7;
    localparam  entry_sel$8 = 4'h8;
    localparam  s_idle = 6'b0;
    localparam  s_issue = 6'b111;
    localparam  s_wait = 6'b11001;
    localparam  s_finish = 6'b11110;
    localparam  s_sweep = 6'b101010;
    localparam  f_set = 3'b111;
    
    // Stub signals
    reg  [9:0] rom$read_address;
    reg  rom$read_clock;
    wire  [63:0] rom$read_data;
    reg  [9:0] rom$write_address;
    reg  rom$write_clock;
    reg  [63:0] rom$write_data;
    reg  rom$write_enable;
    reg  [5:0] fsm$d;
    wire  [5:0] fsm$q;
    reg  fsm$clock;
    reg  [9:0] pc$d;
    wire  [9:0] pc$q;
    reg  pc$clock;
    reg  [9:0] pc_b$d;
    wire  [9:0] pc_b$q;
    reg  pc_b$clock;
    reg  [2:0] flag$d;
    wire  [2:0] flag$q;
    reg  flag$clock;
    reg  [11:0] sw$d;
    wire  [11:0] sw$q;
    reg  sw$clock;
    reg  alarm$d;
    wire  alarm$q;
    reg  alarm$clock;
    reg  err$d;
    wire  err$q;
    reg  err$clock;
    reg  [3:0] code$d;
    wire  [3:0] code$q;
    reg  code$clock;
    reg  done_r$d;
    wire  done_r$q;
    reg  done_r$clock;
    
    // Local signals
    reg  fsm_ok;
    reg  fault;
    reg  [3:0] unit_f;
    reg  [3:0] sel;
    reg  cmd_ok;
    reg  abort;
    reg  [9:0] pc_nx;
    reg  [9:0] pc_b_nx;
    reg  advance;
    
    // Sub module instances
    mlkem_engine$seq$rom rom(
        .read_address(rom$read_address),
        .read_clock(rom$read_clock),
        .read_data(rom$read_data),
        .write_address(rom$write_address),
        .write_clock(rom$write_clock),
        .write_data(rom$write_data),
        .write_enable(rom$write_enable)
    );
    mlkem_engine$seq$fsm fsm(
        .d(fsm$d),
        .q(fsm$q),
        .clock(fsm$clock)
    );
    mlkem_engine$seq$pc pc(
        .d(pc$d),
        .q(pc$q),
        .clock(pc$clock)
    );
    mlkem_engine$seq$pc_b pc_b(
        .d(pc_b$d),
        .q(pc_b$q),
        .clock(pc_b$clock)
    );
    mlkem_engine$seq$flag flag(
        .d(flag$d),
        .q(flag$q),
        .clock(flag$clock)
    );
    mlkem_engine$seq$sw sw(
        .d(sw$d),
        .q(sw$q),
        .clock(sw$clock)
    );
    mlkem_engine$seq$alarm alarm(
        .d(alarm$d),
        .q(alarm$q),
        .clock(alarm$clock)
    );
    mlkem_engine$seq$err err(
        .d(err$d),
        .q(err$q),
        .clock(err$clock)
    );
    mlkem_engine$seq$code code(
        .d(code$d),
        .q(code$q),
        .clock(code$clock)
    );
    mlkem_engine$seq$done_r done_r(
        .d(done_r$d),
        .q(done_r$q),
        .clock(done_r$clock)
    );
    
    // Update code
    always @(*) begin
        fsm$clock = clock;
        pc$clock = clock;
        pc_b$clock = clock;
        flag$clock = clock;
        sw$clock = clock;
        alarm$clock = clock;
        err$clock = clock;
        code$clock = clock;
        done_r$clock = clock;
        fsm$d = fsm$q;
        pc$d = pc$q;
        pc_b$d = pc_b$q;
        flag$d = flag$q;
        sw$d = sw$q;
        alarm$d = alarm$q;
        err$d = err$q;
        code$d = code$q;
        done_r$d = done_r$q;
        rom$read_clock = clock;
        rom$write_clock = clock;
        rom$write_enable = 1'b0;
        rom$write_address = 32'h0;
        rom$write_data = 32'h0;
        fsm_ok = (fsm$q == s_idle) | (fsm$q == s_issue) | (fsm$q == s_wait) | (fsm$q == s_finish) | (fsm$q == s_sweep);
        unit_f = rom$read_data[(32'h0)+:(4)];
        fault = ~fsm_ok | (pc$q != pc_b$q) | ((flag$q != 32'h0) & (flag$q != f_set)) | ((fsm$q == s_issue) & (unit_f > 32'hb)) | unit_fatal;
        fatal = alarm$q | fault;
        busy = fsm$q != s_idle;
        done = done_r$q & (fsm$q == s_idle);
        done_r$d = 1'b0;
        error = err$q;
        err_code = code$q;
        flag_out = flag$q == f_set;
        in_step = (fsm$q == s_issue) | (fsm$q == s_wait);
        ir = 32'h0;
        if (in_step) begin
            ir = rom$read_data;
        end
        issue = 1'b0;
        unit_wipe = 1'b0;
        end_wipe = 1'b0;
        mem_wipe = 1'b0;
        sweep = fsm$q == s_sweep;
        sweep_addr = 32'h0;
        if (sweep) begin
            sweep_addr = ((sw$q) & 11'h7ff);
        end
        if (flag_set) begin
            flag$d = f_set;
        end
        abort = 1'b0;
        cmd_ok = (op < 32'h3) & (params < 32'h3);
        sel = (((op) & 4'hf) << 32'h1) + ((op) & 4'hf) + ((params) & 4'hf);
        pc_nx = pc$q;
        pc_b_nx = pc_b$q;
        advance = 1'b0;
        if (fsm$q == s_idle) begin
            if (start & alarm$q) begin
                err$d = 1'b1;
                code$d = 32'h6;
            end
            else if (start & ~cmd_ok) begin
                err$d = 1'b1;
                code$d = 32'h1;
            end
            else if (start) begin
                err$d = 1'b0;
                code$d = 32'h0;
                flag$d = 32'h0;
                if (sel == entry_sel$0) begin
                    pc_nx = entry$0;
                    pc_b_nx = entry$0;
                end
                if (sel == entry_sel$1) begin
                    pc_nx = entry$1;
                    pc_b_nx = entry$1;
                end
                if (sel == entry_sel$2) begin
                    pc_nx = entry$2;
                    pc_b_nx = entry$2;
                end
                if (sel == entry_sel$3) begin
                    pc_nx = entry$3;
                    pc_b_nx = entry$3;
                end
                if (sel == entry_sel$4) begin
                    pc_nx = entry$4;
                    pc_b_nx = entry$4;
                end
                if (sel == entry_sel$5) begin
                    pc_nx = entry$5;
                    pc_b_nx = entry$5;
                end
                if (sel == entry_sel$6) begin
                    pc_nx = entry$6;
                    pc_b_nx = entry$6;
                end
                if (sel == entry_sel$7) begin
                    pc_nx = entry$7;
                    pc_b_nx = entry$7;
                end
                if (sel == entry_sel$8) begin
                    pc_nx = entry$8;
                    pc_b_nx = entry$8;
                end
                fsm$d = s_issue;
            end
        end
        else begin
            if (start) begin
                err$d = 1'b1;
                code$d = 32'h2;
            end
        end
        if (access_violation) begin
            err$d = 1'b1;
            code$d = 32'h3;
        end
        if (fsm$q == s_issue) begin
            if (unit_f == 32'h0) begin
                end_wipe = 1'b1;
                fsm$d = s_finish;
            end
            else if (unit_f == 32'h7) begin
                if (flag$q == f_set) begin
                    err$d = 1'b1;
                    code$d = rom$read_data[(32'h4)+:(4)];
                    abort = 1'b1;
                end
                else begin
                    advance = 1'b1;
                end
            end
            else if (unit_f == 32'h8) begin
                flag$d = 32'h0;
                advance = 1'b1;
            end
            else if (unit_f == 32'hb) begin
                mem_wipe = 1'b1;
                advance = 1'b1;
            end
            else begin
                issue = 1'b1;
                fsm$d = s_wait;
            end
        end
        else if (fsm$q == s_wait) begin
            if (unit_error) begin
                err$d = 1'b1;
                code$d = 32'h7;
                abort = 1'b1;
            end
            else if (step_done) begin
                advance = 1'b1;
                fsm$d = s_issue;
            end
        end
        else if (fsm$q == s_finish) begin
            if (~mem_busy) begin
                done_r$d = 1'b1;
                pc_nx = 32'h0;
                pc_b_nx = 32'h0;
                flag$d = 32'h0;
                fsm$d = s_idle;
            end
        end
        else if (fsm$q == s_sweep) begin
            if (sw$q != 32'h800) begin
                sw$d = sw$q + 32'h1;
            end
            else if (~mem_busy) begin
                sw$d = 32'h0;
                fsm$d = s_idle;
            end
        end
        if (advance) begin
            pc_nx = pc$q + 32'h1;
            pc_b_nx = pc_b$q + 32'h1;
        end
        if (zeroize | reset | (fault & ~alarm$q)) begin
            abort = 1'b1;
            if (~fault) begin
                err$d = 1'b0;
                code$d = 32'h0;
            end
        end
        if (abort) begin
            unit_wipe = 1'b1;
            pc_nx = 32'h0;
            pc_b_nx = 32'h0;
            flag$d = 32'h0;
            sw$d = 32'h0;
            done_r$d = 1'b0;
            fsm$d = s_sweep;
        end
        pc$d = pc_nx;
        pc_b$d = pc_b_nx;
        rom$read_address = pc_nx;
        if (fault) begin
            alarm$d = 1'b1;
        end
        if (reset) begin
            alarm$d = 1'b0;
        end
    end
    
endmodule // mlkem_engine$seq


module mlkem_engine$seq$alarm(d,q,clock);
    
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
          
endmodule // mlkem_engine$seq$alarm


module mlkem_engine$seq$code(d,q,clock);
    
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
          
endmodule // mlkem_engine$seq$code


module mlkem_engine$seq$done_r(d,q,clock);
    
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
          
endmodule // mlkem_engine$seq$done_r


module mlkem_engine$seq$err(d,q,clock);
    
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
          
endmodule // mlkem_engine$seq$err


module mlkem_engine$seq$flag(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$seq$flag


module mlkem_engine$seq$fsm(d,q,clock);
    
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
          
endmodule // mlkem_engine$seq$fsm


module mlkem_engine$seq$pc(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$seq$pc


module mlkem_engine$seq$pc_b(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$seq$pc_b


module mlkem_engine$seq$rom(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [9:0] read_address;
    input wire  read_clock;
    output reg  [63:0] read_data;
    input wire  [9:0] write_address;
    input wire  write_clock;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[63:0] mem[1023:0];
    
    initial begin
    mem[10'b0] = 64'h148000121820001;
    mem[10'b1] = 64'h200003a822941;
    mem[10'b10] = 64'h20202;
    mem[10'b11] = 64'h28000ba822941;
    mem[10'b100] = 64'h28282;
    mem[10'b101] = 64'h4000046022901;
    mem[10'b110] = 64'h4a422;
    mem[10'b111] = 64'h40000c6022901;
    mem[10'b1000] = 64'h42c22;
    mem[10'b1001] = 64'h4c4b2;
    mem[10'b1010] = 64'h400013a822941;
    mem[10'b1011] = 64'h40402;
    mem[10'b1100] = 64'h4c4b2;
    mem[10'b1101] = 64'h64ac03;
    mem[10'b1110] = 64'h4008046022901;
    mem[10'b1111] = 64'h4a422;
    mem[10'b10000] = 64'h40080c6022901;
    mem[10'b10001] = 64'h42c22;
    mem[10'b10010] = 64'h4c4b2;
    mem[10'b10011] = 64'h40001ba822941;
    mem[10'b10100] = 64'h40402;
    mem[10'b10101] = 64'h4c4b2;
    mem[10'b10110] = 64'h64af03;
    mem[10'b10111] = 64'h11902905;
    mem[10'b11000] = 64'h623243;
    mem[10'b11001] = 64'h62b543;
    mem[10'b11010] = 64'hb;
    mem[10'b11011] = 64'h191c22c05;
    mem[10'b11100] = 64'h1f4000000b22c01;
    mem[10'b11101] = 64'h11f60045;
    mem[10'b11110] = 64'h8140000a;
    mem[10'b11111] = 64'h0;
    mem[10'b100000] = 64'h1480001a1820001;
    mem[10'b100001] = 64'h200002a822941;
    mem[10'b100010] = 64'h20202;
    mem[10'b100011] = 64'h28000aa822941;
    mem[10'b100100] = 64'h28282;
    mem[10'b100101] = 64'h300012a822941;
    mem[10'b100110] = 64'h30302;
    mem[10'b100111] = 64'h4000046022901;
    mem[10'b101000] = 64'h4a422;
    mem[10'b101001] = 64'h40000c6022901;
    mem[10'b101010] = 64'h42c22;
    mem[10'b101011] = 64'h4c4b2;
    mem[10'b101100] = 64'h4000146022901;
    mem[10'b101101] = 64'h43422;
    mem[10'b101110] = 64'h4c4b2;
    mem[10'b101111] = 64'h40001aa822941;
    mem[10'b110000] = 64'h40402;
    mem[10'b110001] = 64'h4c4b2;
    mem[10'b110010] = 64'h64ac03;
    mem[10'b110011] = 64'h4008046022901;
    mem[10'b110100] = 64'h4a422;
    mem[10'b110101] = 64'h40080c6022901;
    mem[10'b110110] = 64'h42c22;
    mem[10'b110111] = 64'h4c4b2;
    mem[10'b111000] = 64'h4008146022901;
    mem[10'b111001] = 64'h43422;
    mem[10'b111010] = 64'h4c4b2;
    mem[10'b111011] = 64'h400022a822941;
    mem[10'b111100] = 64'h40402;
    mem[10'b111101] = 64'h4c4b2;
    mem[10'b111110] = 64'h64af03;
    mem[10'b111111] = 64'h4010046022901;
    mem[10'b1000000] = 64'h4a422;
    mem[10'b1000001] = 64'h40100c6022901;
    mem[10'b1000010] = 64'h42c22;
    mem[10'b1000011] = 64'h4c4b2;
    mem[10'b1000100] = 64'h4010146022901;
    mem[10'b1000101] = 64'h43422;
    mem[10'b1000110] = 64'h4c4b2;
    mem[10'b1000111] = 64'h40002aa822941;
    mem[10'b1001000] = 64'h40402;
    mem[10'b1001001] = 64'h4c4b2;
    mem[10'b1001010] = 64'h64b203;
    mem[10'b1001011] = 64'h11a82905;
    mem[10'b1001100] = 64'h623543;
    mem[10'b1001101] = 64'h62b843;
    mem[10'b1001110] = 64'h633b43;
    mem[10'b1001111] = 64'hb;
    mem[10'b1010000] = 64'h251f22c05;
    mem[10'b1010001] = 64'h23c000000ca2c01;
    mem[10'b1010010] = 64'h123e0045;
    mem[10'b1010011] = 64'h8140000a;
    mem[10'b1010100] = 64'h0;
    mem[10'b1010101] = 64'h148000221820001;
    mem[10'b1010110] = 64'h200002a822941;
    mem[10'b1010111] = 64'h20202;
    mem[10'b1011000] = 64'h28000aa822941;
    mem[10'b1011001] = 64'h28282;
    mem[10'b1011010] = 64'h300012a822941;
    mem[10'b1011011] = 64'h30302;
    mem[10'b1011100] = 64'h38001aa822941;
    mem[10'b1011101] = 64'h38382;
    mem[10'b1011110] = 64'h4000046022901;
    mem[10'b1011111] = 64'h4a422;
    mem[10'b1100000] = 64'h40000c6022901;
    mem[10'b1100001] = 64'h42c22;
    mem[10'b1100010] = 64'h4c4b2;
    mem[10'b1100011] = 64'h4000146022901;
    mem[10'b1100100] = 64'h43422;
    mem[10'b1100101] = 64'h4c4b2;
    mem[10'b1100110] = 64'h40001c6022901;
    mem[10'b1100111] = 64'h43c22;
    mem[10'b1101000] = 64'h4c4b2;
    mem[10'b1101001] = 64'h400022a822941;
    mem[10'b1101010] = 64'h40402;
    mem[10'b1101011] = 64'h4c4b2;
    mem[10'b1101100] = 64'h64ac03;
    mem[10'b1101101] = 64'h4008046022901;
    mem[10'b1101110] = 64'h4a422;
    mem[10'b1101111] = 64'h40080c6022901;
    mem[10'b1110000] = 64'h42c22;
    mem[10'b1110001] = 64'h4c4b2;
    mem[10'b1110010] = 64'h4008146022901;
    mem[10'b1110011] = 64'h43422;
    mem[10'b1110100] = 64'h4c4b2;
    mem[10'b1110101] = 64'h40081c6022901;
    mem[10'b1110110] = 64'h43c22;
    mem[10'b1110111] = 64'h4c4b2;
    mem[10'b1111000] = 64'h40002aa822941;
    mem[10'b1111001] = 64'h40402;
    mem[10'b1111010] = 64'h4c4b2;
    mem[10'b1111011] = 64'h64af03;
    mem[10'b1111100] = 64'h4010046022901;
    mem[10'b1111101] = 64'h4a422;
    mem[10'b1111110] = 64'h40100c6022901;
    mem[10'b1111111] = 64'h42c22;
    mem[10'b10000000] = 64'h4c4b2;
    mem[10'b10000001] = 64'h4010146022901;
    mem[10'b10000010] = 64'h43422;
    mem[10'b10000011] = 64'h4c4b2;
    mem[10'b10000100] = 64'h40101c6022901;
    mem[10'b10000101] = 64'h43c22;
    mem[10'b10000110] = 64'h4c4b2;
    mem[10'b10000111] = 64'h400032a822941;
    mem[10'b10001000] = 64'h40402;
    mem[10'b10001001] = 64'h4c4b2;
    mem[10'b10001010] = 64'h64b203;
    mem[10'b10001011] = 64'h4018046022901;
    mem[10'b10001100] = 64'h4a422;
    mem[10'b10001101] = 64'h40180c6022901;
    mem[10'b10001110] = 64'h42c22;
    mem[10'b10001111] = 64'h4c4b2;
    mem[10'b10010000] = 64'h4018146022901;
    mem[10'b10010001] = 64'h43422;
    mem[10'b10010010] = 64'h4c4b2;
    mem[10'b10010011] = 64'h40181c6022901;
    mem[10'b10010100] = 64'h43c22;
    mem[10'b10010101] = 64'h4c4b2;
    mem[10'b10010110] = 64'h40003aa822941;
    mem[10'b10010111] = 64'h40402;
    mem[10'b10011000] = 64'h4c4b2;
    mem[10'b10011001] = 64'h64b503;
    mem[10'b10011010] = 64'h11c02905;
    mem[10'b10011011] = 64'h623843;
    mem[10'b10011100] = 64'h62bb43;
    mem[10'b10011101] = 64'h633e43;
    mem[10'b10011110] = 64'h63c143;
    mem[10'b10011111] = 64'hb;
    mem[10'b10100000] = 64'h312222c05;
    mem[10'b10100001] = 64'h284000000e22c01;
    mem[10'b10100010] = 64'h12860045;
    mem[10'b10100011] = 64'h8140000a;
    mem[10'b10100100] = 64'h0;
    mem[10'b10100101] = 64'h11400645;
    mem[10'b10100110] = 64'h142000000b20001;
    mem[10'b10100111] = 64'h144000001842801;
    mem[10'b10101000] = 64'he00004;
    mem[10'b10101001] = 64'he08304;
    mem[10'b10101010] = 64'h47;
    mem[10'b10101011] = 64'h200003a8228c1;
    mem[10'b10101100] = 64'h20202;
    mem[10'b10101101] = 64'h28000ba8228c1;
    mem[10'b10101110] = 64'h28282;
    mem[10'b10101111] = 64'h4000046020601;
    mem[10'b10110000] = 64'h4a422;
    mem[10'b10110001] = 64'h4008046020601;
    mem[10'b10110010] = 64'h42c22;
    mem[10'b10110011] = 64'h4c4b2;
    mem[10'b10110100] = 64'h48492;
    mem[10'b10110101] = 64'h400012a8228c1;
    mem[10'b10110110] = 64'h4c4b2;
    mem[10'b10110111] = 64'h54ac43;
    mem[10'b10111000] = 64'h40000c6020601;
    mem[10'b10111001] = 64'h4a422;
    mem[10'b10111010] = 64'h40080c6020601;
    mem[10'b10111011] = 64'h42c22;
    mem[10'b10111100] = 64'h4c4b2;
    mem[10'b10111101] = 64'h48492;
    mem[10'b10111110] = 64'h40001aa8228c1;
    mem[10'b10111111] = 64'h4c4b2;
    mem[10'b11000000] = 64'h54aec3;
    mem[10'b11000001] = 64'h4a022;
    mem[10'b11000010] = 64'ha8a2;
    mem[10'b11000011] = 64'h48cb2;
    mem[10'b11000100] = 64'h48492;
    mem[10'b11000101] = 64'h400022a8228c1;
    mem[10'b11000110] = 64'h4c4b2;
    mem[10'b11000111] = 64'hc2804;
    mem[10'b11001000] = 64'h4c4b2;
    mem[10'b11001001] = 64'h24b143;
    mem[10'b11001010] = 64'hb;
    mem[10'b11001011] = 64'h11602885;
    mem[10'b11001100] = 64'h8140000a;
    mem[10'b11001101] = 64'h0;
    mem[10'b11001110] = 64'h11400945;
    mem[10'b11001111] = 64'h142000000ca0001;
    mem[10'b11010000] = 64'h144000001842801;
    mem[10'b11010001] = 64'he00004;
    mem[10'b11010010] = 64'he08304;
    mem[10'b11010011] = 64'he10604;
    mem[10'b11010100] = 64'h47;
    mem[10'b11010101] = 64'h200002a8228c1;
    mem[10'b11010110] = 64'h20202;
    mem[10'b11010111] = 64'h28000aa8228c1;
    mem[10'b11011000] = 64'h28282;
    mem[10'b11011001] = 64'h300012a8228c1;
    mem[10'b11011010] = 64'h30302;
    mem[10'b11011011] = 64'h4000046020901;
    mem[10'b11011100] = 64'h4a422;
    mem[10'b11011101] = 64'h4008046020901;
    mem[10'b11011110] = 64'h42c22;
    mem[10'b11011111] = 64'h4c4b2;
    mem[10'b11100000] = 64'h4010046020901;
    mem[10'b11100001] = 64'h43422;
    mem[10'b11100010] = 64'h4c4b2;
    mem[10'b11100011] = 64'h48492;
    mem[10'b11100100] = 64'h40001aa8228c1;
    mem[10'b11100101] = 64'h4c4b2;
    mem[10'b11100110] = 64'h54ac43;
    mem[10'b11100111] = 64'h40000c6020901;
    mem[10'b11101000] = 64'h4a422;
    mem[10'b11101001] = 64'h40080c6020901;
    mem[10'b11101010] = 64'h42c22;
    mem[10'b11101011] = 64'h4c4b2;
    mem[10'b11101100] = 64'h40100c6020901;
    mem[10'b11101101] = 64'h43422;
    mem[10'b11101110] = 64'h4c4b2;
    mem[10'b11101111] = 64'h48492;
    mem[10'b11110000] = 64'h400022a8228c1;
    mem[10'b11110001] = 64'h4c4b2;
    mem[10'b11110010] = 64'h54aec3;
    mem[10'b11110011] = 64'h4000146020901;
    mem[10'b11110100] = 64'h4a422;
    mem[10'b11110101] = 64'h4008146020901;
    mem[10'b11110110] = 64'h42c22;
    mem[10'b11110111] = 64'h4c4b2;
    mem[10'b11111000] = 64'h4010146020901;
    mem[10'b11111001] = 64'h43422;
    mem[10'b11111010] = 64'h4c4b2;
    mem[10'b11111011] = 64'h48492;
    mem[10'b11111100] = 64'h40002aa8228c1;
    mem[10'b11111101] = 64'h4c4b2;
    mem[10'b11111110] = 64'h54b143;
    mem[10'b11111111] = 64'h4a022;
    mem[10'b100000000] = 64'ha8a2;
    mem[10'b100000001] = 64'h48cb2;
    mem[10'b100000010] = 64'h13122;
    mem[10'b100000011] = 64'h494b2;
    mem[10'b100000100] = 64'h48492;
    mem[10'b100000101] = 64'h400032a8228c1;
    mem[10'b100000110] = 64'h4c4b2;
    mem[10'b100000111] = 64'hc2804;
    mem[10'b100001000] = 64'h4c4b2;
    mem[10'b100001001] = 64'h24b3c3;
    mem[10'b100001010] = 64'hb;
    mem[10'b100001011] = 64'h11602885;
    mem[10'b100001100] = 64'h8140000a;
    mem[10'b100001101] = 64'h0;
    mem[10'b100001110] = 64'h11400c45;
    mem[10'b100001111] = 64'h142000000e20001;
    mem[10'b100010000] = 64'h144000001842801;
    mem[10'b100010001] = 64'he00004;
    mem[10'b100010010] = 64'he08304;
    mem[10'b100010011] = 64'he10604;
    mem[10'b100010100] = 64'he18904;
    mem[10'b100010101] = 64'h47;
    mem[10'b100010110] = 64'h200002a8228c1;
    mem[10'b100010111] = 64'h20202;
    mem[10'b100011000] = 64'h28000aa8228c1;
    mem[10'b100011001] = 64'h28282;
    mem[10'b100011010] = 64'h300012a8228c1;
    mem[10'b100011011] = 64'h30302;
    mem[10'b100011100] = 64'h38001aa8228c1;
    mem[10'b100011101] = 64'h38382;
    mem[10'b100011110] = 64'h4000046020c01;
    mem[10'b100011111] = 64'h4a422;
    mem[10'b100100000] = 64'h4008046020c01;
    mem[10'b100100001] = 64'h42c22;
    mem[10'b100100010] = 64'h4c4b2;
    mem[10'b100100011] = 64'h4010046020c01;
    mem[10'b100100100] = 64'h43422;
    mem[10'b100100101] = 64'h4c4b2;
    mem[10'b100100110] = 64'h4018046020c01;
    mem[10'b100100111] = 64'h43c22;
    mem[10'b100101000] = 64'h4c4b2;
    mem[10'b100101001] = 64'h48492;
    mem[10'b100101010] = 64'h400022a8228c1;
    mem[10'b100101011] = 64'h4c4b2;
    mem[10'b100101100] = 64'h5cac43;
    mem[10'b100101101] = 64'h40000c6020c01;
    mem[10'b100101110] = 64'h4a422;
    mem[10'b100101111] = 64'h40080c6020c01;
    mem[10'b100110000] = 64'h42c22;
    mem[10'b100110001] = 64'h4c4b2;
    mem[10'b100110010] = 64'h40100c6020c01;
    mem[10'b100110011] = 64'h43422;
    mem[10'b100110100] = 64'h4c4b2;
    mem[10'b100110101] = 64'h40180c6020c01;
    mem[10'b100110110] = 64'h43c22;
    mem[10'b100110111] = 64'h4c4b2;
    mem[10'b100111000] = 64'h48492;
    mem[10'b100111001] = 64'h40002aa8228c1;
    mem[10'b100111010] = 64'h4c4b2;
    mem[10'b100111011] = 64'h5caf03;
    mem[10'b100111100] = 64'h4000146020c01;
    mem[10'b100111101] = 64'h4a422;
    mem[10'b100111110] = 64'h4008146020c01;
    mem[10'b100111111] = 64'h42c22;
    mem[10'b101000000] = 64'h4c4b2;
    mem[10'b101000001] = 64'h4010146020c01;
    mem[10'b101000010] = 64'h43422;
    mem[10'b101000011] = 64'h4c4b2;
    mem[10'b101000100] = 64'h4018146020c01;
    mem[10'b101000101] = 64'h43c22;
    mem[10'b101000110] = 64'h4c4b2;
    mem[10'b101000111] = 64'h48492;
    mem[10'b101001000] = 64'h400032a8228c1;
    mem[10'b101001001] = 64'h4c4b2;
    mem[10'b101001010] = 64'h5cb1c3;
    mem[10'b101001011] = 64'h40001c6020c01;
    mem[10'b101001100] = 64'h4a422;
    mem[10'b101001101] = 64'h40081c6020c01;
    mem[10'b101001110] = 64'h42c22;
    mem[10'b101001111] = 64'h4c4b2;
    mem[10'b101010000] = 64'h40101c6020c01;
    mem[10'b101010001] = 64'h43422;
    mem[10'b101010010] = 64'h4c4b2;
    mem[10'b101010011] = 64'h40181c6020c01;
    mem[10'b101010100] = 64'h43c22;
    mem[10'b101010101] = 64'h4c4b2;
    mem[10'b101010110] = 64'h48492;
    mem[10'b101010111] = 64'h40003aa8228c1;
    mem[10'b101011000] = 64'h4c4b2;
    mem[10'b101011001] = 64'h5cb483;
    mem[10'b101011010] = 64'h4a022;
    mem[10'b101011011] = 64'ha8a2;
    mem[10'b101011100] = 64'h48cb2;
    mem[10'b101011101] = 64'h13122;
    mem[10'b101011110] = 64'h494b2;
    mem[10'b101011111] = 64'h1b9a2;
    mem[10'b101100000] = 64'h49cb2;
    mem[10'b101100001] = 64'h48492;
    mem[10'b101100010] = 64'h400042a8228c1;
    mem[10'b101100011] = 64'h4c4b2;
    mem[10'b101100100] = 64'hc2804;
    mem[10'b101100101] = 64'h4c4b2;
    mem[10'b101100110] = 64'h2cb743;
    mem[10'b101100111] = 64'hb;
    mem[10'b101101000] = 64'h11602885;
    mem[10'b101101001] = 64'h8140000a;
    mem[10'b101101010] = 64'h0;
    mem[10'b101101011] = 64'h14c000000b20601;
    mem[10'b101101100] = 64'h10622986;
    mem[10'b101101101] = 64'h57;
    mem[10'b101101110] = 64'h540cc4;
    mem[10'b101101111] = 64'h40402;
    mem[10'b101110000] = 64'h650004;
    mem[10'b101110001] = 64'h4c522;
    mem[10'b101110010] = 64'h540f44;
    mem[10'b101110011] = 64'h40402;
    mem[10'b101110100] = 64'h650304;
    mem[10'b101110101] = 64'h44522;
    mem[10'b101110110] = 64'h4c4b2;
    mem[10'b101110111] = 64'h48492;
    mem[10'b101111000] = 64'h2411c4;
    mem[10'b101111001] = 64'h4cc42;
    mem[10'b101111010] = 64'hca803;
    mem[10'b101111011] = 64'h11420c45;
    mem[10'b101111100] = 64'h144000001842801;
    mem[10'b101111101] = 64'h14e000002b20c81;
    mem[10'b101111110] = 64'h8;
    mem[10'b101111111] = 64'h600604;
    mem[10'b110000000] = 64'h608904;
    mem[10'b110000001] = 64'h200003a8228c1;
    mem[10'b110000010] = 64'h20202;
    mem[10'b110000011] = 64'h28000ba8228c1;
    mem[10'b110000100] = 64'h28282;
    mem[10'b110000101] = 64'h4000046020c01;
    mem[10'b110000110] = 64'h4a422;
    mem[10'b110000111] = 64'h4008046020c01;
    mem[10'b110001000] = 64'h42c22;
    mem[10'b110001001] = 64'h4c4b2;
    mem[10'b110001010] = 64'h48492;
    mem[10'b110001011] = 64'h400012a8228c1;
    mem[10'b110001100] = 64'h4c4b2;
    mem[10'b110001101] = 64'hd48cc3;
    mem[10'b110001110] = 64'h40000c6020c01;
    mem[10'b110001111] = 64'h4a422;
    mem[10'b110010000] = 64'h40080c6020c01;
    mem[10'b110010001] = 64'h42c22;
    mem[10'b110010010] = 64'h4c4b2;
    mem[10'b110010011] = 64'h48492;
    mem[10'b110010100] = 64'h40001aa8228c1;
    mem[10'b110010101] = 64'h4c4b2;
    mem[10'b110010110] = 64'hd48f43;
    mem[10'b110010111] = 64'h4a022;
    mem[10'b110011000] = 64'ha8a2;
    mem[10'b110011001] = 64'h48cb2;
    mem[10'b110011010] = 64'h48492;
    mem[10'b110011011] = 64'h400022a8228c1;
    mem[10'b110011100] = 64'h4c4b2;
    mem[10'b110011101] = 64'hc2804;
    mem[10'b110011110] = 64'h4c4b2;
    mem[10'b110011111] = 64'ha491c3;
    mem[10'b110100000] = 64'hb;
    mem[10'b110100001] = 64'ha20116029c9;
    mem[10'b110100010] = 64'h8140000a;
    mem[10'b110100011] = 64'h0;
    mem[10'b110100100] = 64'h14c000000ca0901;
    mem[10'b110100101] = 64'h10922986;
    mem[10'b110100110] = 64'h57;
    mem[10'b110100111] = 64'h5412c4;
    mem[10'b110101000] = 64'h40402;
    mem[10'b110101001] = 64'h650004;
    mem[10'b110101010] = 64'h4c522;
    mem[10'b110101011] = 64'h541544;
    mem[10'b110101100] = 64'h40402;
    mem[10'b110101101] = 64'h650304;
    mem[10'b110101110] = 64'h44522;
    mem[10'b110101111] = 64'h4c4b2;
    mem[10'b110110000] = 64'h5417c4;
    mem[10'b110110001] = 64'h40402;
    mem[10'b110110010] = 64'h650604;
    mem[10'b110110011] = 64'h44522;
    mem[10'b110110100] = 64'h4c4b2;
    mem[10'b110110101] = 64'h48492;
    mem[10'b110110110] = 64'h241a44;
    mem[10'b110110111] = 64'h4cc42;
    mem[10'b110111000] = 64'hca803;
    mem[10'b110111001] = 64'h11421245;
    mem[10'b110111010] = 64'h144000001842801;
    mem[10'b110111011] = 64'h14e000002c61281;
    mem[10'b110111100] = 64'h8;
    mem[10'b110111101] = 64'h600904;
    mem[10'b110111110] = 64'h608c04;
    mem[10'b110111111] = 64'h610f04;
    mem[10'b111000000] = 64'h200002a8228c1;
    mem[10'b111000001] = 64'h20202;
    mem[10'b111000010] = 64'h28000aa8228c1;
    mem[10'b111000011] = 64'h28282;
    mem[10'b111000100] = 64'h300012a8228c1;
    mem[10'b111000101] = 64'h30302;
    mem[10'b111000110] = 64'h4000046021201;
    mem[10'b111000111] = 64'h4a422;
    mem[10'b111001000] = 64'h4008046021201;
    mem[10'b111001001] = 64'h42c22;
    mem[10'b111001010] = 64'h4c4b2;
    mem[10'b111001011] = 64'h4010046021201;
    mem[10'b111001100] = 64'h43422;
    mem[10'b111001101] = 64'h4c4b2;
    mem[10'b111001110] = 64'h48492;
    mem[10'b111001111] = 64'h40001aa8228c1;
    mem[10'b111010000] = 64'h4c4b2;
    mem[10'b111010001] = 64'hd492c3;
    mem[10'b111010010] = 64'h40000c6021201;
    mem[10'b111010011] = 64'h4a422;
    mem[10'b111010100] = 64'h40080c6021201;
    mem[10'b111010101] = 64'h42c22;
    mem[10'b111010110] = 64'h4c4b2;
    mem[10'b111010111] = 64'h40100c6021201;
    mem[10'b111011000] = 64'h43422;
    mem[10'b111011001] = 64'h4c4b2;
    mem[10'b111011010] = 64'h48492;
    mem[10'b111011011] = 64'h400022a8228c1;
    mem[10'b111011100] = 64'h4c4b2;
    mem[10'b111011101] = 64'hd49543;
    mem[10'b111011110] = 64'h4000146021201;
    mem[10'b111011111] = 64'h4a422;
    mem[10'b111100000] = 64'h4008146021201;
    mem[10'b111100001] = 64'h42c22;
    mem[10'b111100010] = 64'h4c4b2;
    mem[10'b111100011] = 64'h4010146021201;
    mem[10'b111100100] = 64'h43422;
    mem[10'b111100101] = 64'h4c4b2;
    mem[10'b111100110] = 64'h48492;
    mem[10'b111100111] = 64'h40002aa8228c1;
    mem[10'b111101000] = 64'h4c4b2;
    mem[10'b111101001] = 64'hd497c3;
    mem[10'b111101010] = 64'h4a022;
    mem[10'b111101011] = 64'ha8a2;
    mem[10'b111101100] = 64'h48cb2;
    mem[10'b111101101] = 64'h13122;
    mem[10'b111101110] = 64'h494b2;
    mem[10'b111101111] = 64'h48492;
    mem[10'b111110000] = 64'h400032a8228c1;
    mem[10'b111110001] = 64'h4c4b2;
    mem[10'b111110010] = 64'hc2804;
    mem[10'b111110011] = 64'h4c4b2;
    mem[10'b111110100] = 64'ha49a43;
    mem[10'b111110101] = 64'hb;
    mem[10'b111110110] = 64'ha20116029c9;
    mem[10'b111110111] = 64'h8140000a;
    mem[10'b111111000] = 64'h0;
    mem[10'b111111001] = 64'h14c000000e20c01;
    mem[10'b111111010] = 64'h10c22986;
    mem[10'b111111011] = 64'h57;
    mem[10'b111111100] = 64'h5c18c4;
    mem[10'b111111101] = 64'h40402;
    mem[10'b111111110] = 64'h650004;
    mem[10'b111111111] = 64'h4c522;
    mem[10'b1000000000] = 64'h5c1b84;
    mem[10'b1000000001] = 64'h40402;
    mem[10'b1000000010] = 64'h650304;
    mem[10'b1000000011] = 64'h44522;
    mem[10'b1000000100] = 64'h4c4b2;
    mem[10'b1000000101] = 64'h5c1e44;
    mem[10'b1000000110] = 64'h40402;
    mem[10'b1000000111] = 64'h650604;
    mem[10'b1000001000] = 64'h44522;
    mem[10'b1000001001] = 64'h4c4b2;
    mem[10'b1000001010] = 64'h5c2104;
    mem[10'b1000001011] = 64'h40402;
    mem[10'b1000001100] = 64'h650904;
    mem[10'b1000001101] = 64'h44522;
    mem[10'b1000001110] = 64'h4c4b2;
    mem[10'b1000001111] = 64'h48492;
    mem[10'b1000010000] = 64'h2c23c4;
    mem[10'b1000010001] = 64'h4cc42;
    mem[10'b1000010010] = 64'hca803;
    mem[10'b1000010011] = 64'h11421845;
    mem[10'b1000010100] = 64'h144000001842801;
    mem[10'b1000010101] = 64'h14e000002e41881;
    mem[10'b1000010110] = 64'h8;
    mem[10'b1000010111] = 64'h600c04;
    mem[10'b1000011000] = 64'h608f04;
    mem[10'b1000011001] = 64'h611204;
    mem[10'b1000011010] = 64'h619504;
    mem[10'b1000011011] = 64'h200002a8228c1;
    mem[10'b1000011100] = 64'h20202;
    mem[10'b1000011101] = 64'h28000aa8228c1;
    mem[10'b1000011110] = 64'h28282;
    mem[10'b1000011111] = 64'h300012a8228c1;
    mem[10'b1000100000] = 64'h30302;
    mem[10'b1000100001] = 64'h38001aa8228c1;
    mem[10'b1000100010] = 64'h38382;
    mem[10'b1000100011] = 64'h4000046021801;
    mem[10'b1000100100] = 64'h4a422;
    mem[10'b1000100101] = 64'h4008046021801;
    mem[10'b1000100110] = 64'h42c22;
    mem[10'b1000100111] = 64'h4c4b2;
    mem[10'b1000101000] = 64'h4010046021801;
    mem[10'b1000101001] = 64'h43422;
    mem[10'b1000101010] = 64'h4c4b2;
    mem[10'b1000101011] = 64'h4018046021801;
    mem[10'b1000101100] = 64'h43c22;
    mem[10'b1000101101] = 64'h4c4b2;
    mem[10'b1000101110] = 64'h48492;
    mem[10'b1000101111] = 64'h400022a8228c1;
    mem[10'b1000110000] = 64'h4c4b2;
    mem[10'b1000110001] = 64'hdc98c3;
    mem[10'b1000110010] = 64'h40000c6021801;
    mem[10'b1000110011] = 64'h4a422;
    mem[10'b1000110100] = 64'h40080c6021801;
    mem[10'b1000110101] = 64'h42c22;
    mem[10'b1000110110] = 64'h4c4b2;
    mem[10'b1000110111] = 64'h40100c6021801;
    mem[10'b1000111000] = 64'h43422;
    mem[10'b1000111001] = 64'h4c4b2;
    mem[10'b1000111010] = 64'h40180c6021801;
    mem[10'b1000111011] = 64'h43c22;
    mem[10'b1000111100] = 64'h4c4b2;
    mem[10'b1000111101] = 64'h48492;
    mem[10'b1000111110] = 64'h40002aa8228c1;
    mem[10'b1000111111] = 64'h4c4b2;
    mem[10'b1001000000] = 64'hdc9b83;
    mem[10'b1001000001] = 64'h4000146021801;
    mem[10'b1001000010] = 64'h4a422;
    mem[10'b1001000011] = 64'h4008146021801;
    mem[10'b1001000100] = 64'h42c22;
    mem[10'b1001000101] = 64'h4c4b2;
    mem[10'b1001000110] = 64'h4010146021801;
    mem[10'b1001000111] = 64'h43422;
    mem[10'b1001001000] = 64'h4c4b2;
    mem[10'b1001001001] = 64'h4018146021801;
    mem[10'b1001001010] = 64'h43c22;
    mem[10'b1001001011] = 64'h4c4b2;
    mem[10'b1001001100] = 64'h48492;
    mem[10'b1001001101] = 64'h400032a8228c1;
    mem[10'b1001001110] = 64'h4c4b2;
    mem[10'b1001001111] = 64'hdc9e43;
    mem[10'b1001010000] = 64'h40001c6021801;
    mem[10'b1001010001] = 64'h4a422;
    mem[10'b1001010010] = 64'h40081c6021801;
    mem[10'b1001010011] = 64'h42c22;
    mem[10'b1001010100] = 64'h4c4b2;
    mem[10'b1001010101] = 64'h40101c6021801;
    mem[10'b1001010110] = 64'h43422;
    mem[10'b1001010111] = 64'h4c4b2;
    mem[10'b1001011000] = 64'h40181c6021801;
    mem[10'b1001011001] = 64'h43c22;
    mem[10'b1001011010] = 64'h4c4b2;
    mem[10'b1001011011] = 64'h48492;
    mem[10'b1001011100] = 64'h40003aa8228c1;
    mem[10'b1001011101] = 64'h4c4b2;
    mem[10'b1001011110] = 64'hdca103;
    mem[10'b1001011111] = 64'h4a022;
    mem[10'b1001100000] = 64'ha8a2;
    mem[10'b1001100001] = 64'h48cb2;
    mem[10'b1001100010] = 64'h13122;
    mem[10'b1001100011] = 64'h494b2;
    mem[10'b1001100100] = 64'h1b9a2;
    mem[10'b1001100101] = 64'h49cb2;
    mem[10'b1001100110] = 64'h48492;
    mem[10'b1001100111] = 64'h400042a8228c1;
    mem[10'b1001101000] = 64'h4c4b2;
    mem[10'b1001101001] = 64'hc2804;
    mem[10'b1001101010] = 64'h4c4b2;
    mem[10'b1001101011] = 64'haca3c3;
    mem[10'b1001101100] = 64'hb;
    mem[10'b1001101101] = 64'ha20116029c9;
    mem[10'b1001101110] = 64'h8140000a;
    mem[10'b1001101111] = 64'h0;
    end
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // mlkem_engine$seq$rom


module mlkem_engine$seq$sw(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$seq$sw


module mlkem_engine$sntt(clock,reset,zeroize,start,in_data,in_valid,in_ready,coef_we$0,coef_we$1,coef_we$2,coef_we$3,coef_idx$0,coef_idx$1,coef_idx$2,coef_idx$3,coef_data$0,coef_data$1,coef_data$2,coef_data$3,busy,done,error,err_code,fatal);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  zeroize;
    input wire  start;
    input wire  [63:0] in_data;
    input wire  in_valid;
    output reg  in_ready;
    output reg  coef_we$0;
    output reg  coef_we$1;
    output reg  coef_we$2;
    output reg  coef_we$3;
    output reg  [7:0] coef_idx$0;
    output reg  [7:0] coef_idx$1;
    output reg  [7:0] coef_idx$2;
    output reg  [7:0] coef_idx$3;
    output reg  [11:0] coef_data$0;
    output reg  [11:0] coef_data$1;
    output reg  [11:0] coef_data$2;
    output reg  [11:0] coef_data$3;
    output reg  busy;
    output reg  done;
    output reg  error;
    output reg  [3:0] err_code;
    output reg  fatal;
    
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
    
    // Local signals
    reg  fault;
    reg  run;
    reg  consume;
    reg  [11:0] d1;
    reg  [11:0] d2;
    reg  [11:0] d3;
    reg  [11:0] d4;
    reg  a1;
    reg  a2;
    reg  a3;
    reg  a4;
    reg  [8:0] idx2;
    reg  [8:0] idx3;
    reg  [8:0] idx4;
    reg  [8:0] idx5;
    reg  filled;
    reg  [6:0] left;
    reg  room;
    reg  finish;
    reg  wipe;
    
    // Sub module instances
    mlkem_engine$sntt$cmd cmd(
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
    mlkem_engine$sntt$res res(
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
    
    // Update code
    always @(*) begin
        cmd$clock = clock;
        res$clock = clock;
        fault = ~cmd$legal | res$bad;
        fatal = cmd$alarm | fault;
        run = cmd$running & ~fault;
        busy = cmd$busy;
        done = cmd$done;
        error = cmd$error;
        err_code = cmd$err_code;
        consume = run & (res$nbits >= 32'h30);
        d1 = ((res$window) & 12'hfff);
        d2 = ((res$window >> 32'hc) & 12'hfff);
        d3 = ((res$window >> 32'h18) & 12'hfff);
        d4 = ((res$window >> 32'h24) & 12'hfff);
        a1 = consume & ~res$count[32'h8] & (d1 < 32'hd01);
        idx2 = res$count;
        if (a1) begin
            idx2 = res$count + 32'h1;
        end
        a2 = consume & ~idx2[32'h8] & (d2 < 32'hd01);
        idx3 = idx2;
        if (a2) begin
            idx3 = idx2 + 32'h1;
        end
        a3 = consume & ~idx3[32'h8] & (d3 < 32'hd01);
        idx4 = idx3;
        if (a3) begin
            idx4 = idx3 + 32'h1;
        end
        a4 = consume & ~idx4[32'h8] & (d4 < 32'hd01);
        idx5 = idx4;
        if (a4) begin
            idx5 = idx4 + 32'h1;
        end
        filled = idx5 >= 32'h100;
        coef_we$0 = a1;
        coef_we$1 = a2;
        coef_we$2 = a3;
        coef_we$3 = a4;
        coef_idx$0 = 32'h0;
        coef_idx$1 = 32'h0;
        coef_idx$2 = 32'h0;
        coef_idx$3 = 32'h0;
        coef_data$0 = 32'h0;
        coef_data$1 = 32'h0;
        coef_data$2 = 32'h0;
        coef_data$3 = 32'h0;
        if (a1) begin
            coef_idx$0 = ((res$count) & 8'hff);
            coef_data$0 = d1;
        end
        if (a2) begin
            coef_idx$1 = ((idx2) & 8'hff);
            coef_data$1 = d2;
        end
        if (a3) begin
            coef_idx$2 = ((idx3) & 8'hff);
            coef_data$2 = d3;
        end
        if (a4) begin
            coef_idx$3 = ((idx4) & 8'hff);
            coef_data$3 = d4;
        end
        left = res$nbits;
        res$used = 32'h0;
        if (consume) begin
            left = res$nbits - 32'h30;
            res$used = 32'h30;
        end
        room = left < 32'h30;
        in_ready = run & room & ~filled;
        res$take = in_ready & in_valid;
        res$word = in_data;
        res$inc = ((idx5 - res$count) & 3'h7);
        cmd$start = start;
        cmd$param_ok = 1'b1;
        finish = run & room & filled;
        cmd$finish = finish;
        cmd$fault = fault;
        cmd$zeroize = zeroize;
        cmd$reset = reset;
        wipe = zeroize | reset | fault | cmd$alarm;
        cmd$wipe = wipe;
        res$clear = wipe | finish;
    end
    
endmodule // mlkem_engine$sntt


module mlkem_engine$sntt$cmd(clock,start,param_ok,finish,fault,wipe,zeroize,reset,running,legal,alarm,busy,done,error,err_code);
    
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
    mlkem_engine$sntt$cmd$fsm fsm(
        .d(fsm$d),
        .q(fsm$q),
        .clock(fsm$clock)
    );
    mlkem_engine$sntt$cmd$alarm_r alarm_r(
        .d(alarm_r$d),
        .q(alarm_r$q),
        .clock(alarm_r$clock)
    );
    mlkem_engine$sntt$cmd$err err(
        .d(err$d),
        .q(err$q),
        .clock(err$clock)
    );
    mlkem_engine$sntt$cmd$code code(
        .d(code$d),
        .q(code$q),
        .clock(code$clock)
    );
    mlkem_engine$sntt$cmd$done_r done_r(
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
    
endmodule // mlkem_engine$sntt$cmd


module mlkem_engine$sntt$cmd$alarm_r(d,q,clock);
    
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
          
endmodule // mlkem_engine$sntt$cmd$alarm_r


module mlkem_engine$sntt$cmd$code(d,q,clock);
    
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
          
endmodule // mlkem_engine$sntt$cmd$code


module mlkem_engine$sntt$cmd$done_r(d,q,clock);
    
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
          
endmodule // mlkem_engine$sntt$cmd$done_r


module mlkem_engine$sntt$cmd$err(d,q,clock);
    
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
          
endmodule // mlkem_engine$sntt$cmd$err


module mlkem_engine$sntt$cmd$fsm(d,q,clock);
    
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
          
endmodule // mlkem_engine$sntt$cmd$fsm


module mlkem_engine$sntt$res(clock,clear,take,word,used,inc,window,nbits,count,bad);
    
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
    mlkem_engine$sntt$res$unread unread(
        .d(unread$d),
        .q(unread$q),
        .clock(unread$clock)
    );
    mlkem_engine$sntt$res$fill fill(
        .d(fill$d),
        .q(fill$q),
        .clock(fill$clock)
    );
    mlkem_engine$sntt$res$fill_b fill_b(
        .d(fill_b$d),
        .q(fill_b$q),
        .clock(fill_b$clock)
    );
    mlkem_engine$sntt$res$cnt cnt(
        .d(cnt$d),
        .q(cnt$q),
        .clock(cnt$clock)
    );
    mlkem_engine$sntt$res$cnt_b cnt_b(
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
    
endmodule // mlkem_engine$sntt$res


module mlkem_engine$sntt$res$cnt(d,q,clock);
    
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
          
endmodule // mlkem_engine$sntt$res$cnt


module mlkem_engine$sntt$res$cnt_b(d,q,clock);
    
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
          
endmodule // mlkem_engine$sntt$res$cnt_b


module mlkem_engine$sntt$res$fill(d,q,clock);
    
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
          
endmodule // mlkem_engine$sntt$res$fill


module mlkem_engine$sntt$res$fill_b(d,q,clock);
    
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
          
endmodule // mlkem_engine$sntt$res$fill_b


module mlkem_engine$sntt$res$unread(d,q,clock);
    
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
          
endmodule // mlkem_engine$sntt$res$unread


module mlkem_engine$sponge(clock,reset,zeroize,start,mode,out_len,in_data,in_valid,in_last,in_bytes,in_ready,out_data,out_valid,out_last,out_bytes,out_ready,busy,done,error,err_code,fatal);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  zeroize;
    input wire  start;
    input wire  [2:0] mode;
    input wire  [23:0] out_len;
    input wire  [63:0] in_data;
    input wire  in_valid;
    input wire  in_last;
    input wire  [3:0] in_bytes;
    output reg  in_ready;
    output reg  [63:0] out_data;
    output reg  out_valid;
    output reg  out_last;
    output reg  [3:0] out_bytes;
    input wire  out_ready;
    output reg  busy;
    output reg  done;
    output reg  error;
    output reg  [3:0] err_code;
    output reg  fatal;
    
    // Constant declarations
    localparam  s_idle = 6'b0;
    localparam  s_absorb = 6'b111;
    localparam  s_pad = 6'b11001;
    localparam  s_perm_wait = 6'b11110;
    localparam  s_squeeze = 6'b101010;
    
    // Stub signals
    reg  core$clock;
    reg  core$reset;
    reg  core$clear;
    reg  [24:0] core$xor_lanes;
    reg  [63:0] core$xor_data;
    reg  [24:0] core$end_lanes;
    reg  core$start;
    wire  [63:0] core$state_out$0;
    wire  [63:0] core$state_out$1;
    wire  [63:0] core$state_out$2;
    wire  [63:0] core$state_out$3;
    wire  [63:0] core$state_out$4;
    wire  [63:0] core$state_out$5;
    wire  [63:0] core$state_out$6;
    wire  [63:0] core$state_out$7;
    wire  [63:0] core$state_out$8;
    wire  [63:0] core$state_out$9;
    wire  [63:0] core$state_out$10;
    wire  [63:0] core$state_out$11;
    wire  [63:0] core$state_out$12;
    wire  [63:0] core$state_out$13;
    wire  [63:0] core$state_out$14;
    wire  [63:0] core$state_out$15;
    wire  [63:0] core$state_out$16;
    wire  [63:0] core$state_out$17;
    wire  [63:0] core$state_out$18;
    wire  [63:0] core$state_out$19;
    wire  [63:0] core$state_out$20;
    wire  [63:0] core$state_out$21;
    wire  [63:0] core$state_out$22;
    wire  [63:0] core$state_out$23;
    wire  [63:0] core$state_out$24;
    wire  core$busy;
    wire  core$last_step;
    wire  core$done;
    wire  core$fatal;
    reg  [5:0] fsm$d;
    wire  [5:0] fsm$q;
    reg  fsm$clock;
    reg  [5:0] after$d;
    wire  [5:0] after$q;
    reg  after$clock;
    reg  alarm$d;
    wire  alarm$q;
    reg  alarm$clock;
    reg  [4:0] rate_last$d;
    wire  [4:0] rate_last$q;
    reg  rate_last$clock;
    reg  [7:0] domain$d;
    wire  [7:0] domain$q;
    reg  domain$clock;
    reg  [4:0] cnt$d;
    wire  [4:0] cnt$q;
    reg  cnt$clock;
    reg  [23:0] remaining$d;
    wire  [23:0] remaining$q;
    reg  remaining$clock;
    reg  err$d;
    wire  err$q;
    reg  err$clock;
    reg  [3:0] code$d;
    wire  [3:0] code$q;
    reg  code$clock;
    reg  done_r$d;
    wire  done_r$q;
    reg  done_r$clock;
    reg  [24:0] lanes_q$d;
    wire  [24:0] lanes_q$q;
    reg  lanes_q$clock;
    reg  last_q$d;
    wire  last_q$q;
    reg  last_q$clock;
    reg  end_wipe$d;
    wire  end_wipe$q;
    reg  end_wipe$clock;
    
    // Local signals
    reg  m_ok;
    reg  m_xof;
    reg  [4:0] m_rate_last;
    reg  [7:0] m_domain;
    reg  [23:0] m_len;
    reg  [24:0] cnt_oh;
    reg  [24:0] end_oh;
    reg  at_end;
    reg  [6:0] shift;
    reg  [63:0] byte_mask;
    reg  [63:0] pad_word;
    reg  out_is_last;
    reg  [63:0] out_lane$0;
    reg  [63:0] out_lane$1;
    reg  [63:0] out_lane$2;
    reg  [63:0] out_lane$3;
    reg  [63:0] out_lane$4;
    reg  [63:0] out_lane$5;
    reg  [63:0] out_lane$6;
    reg  [63:0] out_lane$7;
    reg  [63:0] out_lane$8;
    reg  [63:0] out_lane$9;
    reg  [63:0] out_lane$10;
    reg  [63:0] out_lane$11;
    reg  [63:0] out_lane$12;
    reg  [63:0] out_lane$13;
    reg  [63:0] out_lane$14;
    reg  [63:0] out_lane$15;
    reg  [63:0] out_lane$16;
    reg  [63:0] out_lane$17;
    reg  [63:0] out_lane$18;
    reg  [63:0] out_lane$19;
    reg  [63:0] out_lane$20;
    reg  [63:0] out_lane$21;
    reg  [63:0] out_lane$22;
    reg  [63:0] out_lane$23;
    reg  [63:0] out_lane$24;
    reg  [63:0] out_or$0;
    reg  [63:0] out_or$1;
    reg  [63:0] out_or$2;
    reg  [63:0] out_or$3;
    reg  [63:0] out_or$4;
    reg  [63:0] out_or$5;
    reg  [63:0] out_or$6;
    reg  fsm_ok;
    reg  after_ok;
    reg  lanes_ok;
    reg  wipe;
    
    // Sub module instances
    mlkem_engine$sponge$core core(
        .clock(core$clock),
        .reset(core$reset),
        .clear(core$clear),
        .xor_lanes(core$xor_lanes),
        .xor_data(core$xor_data),
        .end_lanes(core$end_lanes),
        .start(core$start),
        .state_out$0(core$state_out$0),
        .state_out$1(core$state_out$1),
        .state_out$2(core$state_out$2),
        .state_out$3(core$state_out$3),
        .state_out$4(core$state_out$4),
        .state_out$5(core$state_out$5),
        .state_out$6(core$state_out$6),
        .state_out$7(core$state_out$7),
        .state_out$8(core$state_out$8),
        .state_out$9(core$state_out$9),
        .state_out$10(core$state_out$10),
        .state_out$11(core$state_out$11),
        .state_out$12(core$state_out$12),
        .state_out$13(core$state_out$13),
        .state_out$14(core$state_out$14),
        .state_out$15(core$state_out$15),
        .state_out$16(core$state_out$16),
        .state_out$17(core$state_out$17),
        .state_out$18(core$state_out$18),
        .state_out$19(core$state_out$19),
        .state_out$20(core$state_out$20),
        .state_out$21(core$state_out$21),
        .state_out$22(core$state_out$22),
        .state_out$23(core$state_out$23),
        .state_out$24(core$state_out$24),
        .busy(core$busy),
        .last_step(core$last_step),
        .done(core$done),
        .fatal(core$fatal)
    );
    mlkem_engine$sponge$fsm fsm(
        .d(fsm$d),
        .q(fsm$q),
        .clock(fsm$clock)
    );
    mlkem_engine$sponge$after after(
        .d(after$d),
        .q(after$q),
        .clock(after$clock)
    );
    mlkem_engine$sponge$alarm alarm(
        .d(alarm$d),
        .q(alarm$q),
        .clock(alarm$clock)
    );
    mlkem_engine$sponge$rate_last rate_last(
        .d(rate_last$d),
        .q(rate_last$q),
        .clock(rate_last$clock)
    );
    mlkem_engine$sponge$domain domain(
        .d(domain$d),
        .q(domain$q),
        .clock(domain$clock)
    );
    mlkem_engine$sponge$cnt cnt(
        .d(cnt$d),
        .q(cnt$q),
        .clock(cnt$clock)
    );
    mlkem_engine$sponge$remaining remaining(
        .d(remaining$d),
        .q(remaining$q),
        .clock(remaining$clock)
    );
    mlkem_engine$sponge$err err(
        .d(err$d),
        .q(err$q),
        .clock(err$clock)
    );
    mlkem_engine$sponge$code code(
        .d(code$d),
        .q(code$q),
        .clock(code$clock)
    );
    mlkem_engine$sponge$done_r done_r(
        .d(done_r$d),
        .q(done_r$q),
        .clock(done_r$clock)
    );
    mlkem_engine$sponge$lanes_q lanes_q(
        .d(lanes_q$d),
        .q(lanes_q$q),
        .clock(lanes_q$clock)
    );
    mlkem_engine$sponge$last_q last_q(
        .d(last_q$d),
        .q(last_q$q),
        .clock(last_q$clock)
    );
    mlkem_engine$sponge$end_wipe end_wipe(
        .d(end_wipe$d),
        .q(end_wipe$q),
        .clock(end_wipe$clock)
    );
    
    // Update code
    always @(*) begin
        fsm$clock = clock;
        after$clock = clock;
        alarm$clock = clock;
        rate_last$clock = clock;
        domain$clock = clock;
        cnt$clock = clock;
        lanes_q$clock = clock;
        remaining$clock = clock;
        err$clock = clock;
        code$clock = clock;
        done_r$clock = clock;
        last_q$clock = clock;
        end_wipe$clock = clock;
        fsm$d = fsm$q;
        after$d = after$q;
        alarm$d = alarm$q;
        rate_last$d = rate_last$q;
        domain$d = domain$q;
        cnt$d = cnt$q;
        lanes_q$d = lanes_q$q;
        remaining$d = remaining$q;
        err$d = err$q;
        code$d = code$q;
        done_r$d = done_r$q;
        last_q$d = last_q$q;
        end_wipe$d = end_wipe$q;
        core$clock = clock;
        core$reset = reset;
        core$clear = end_wipe$q;
        end_wipe$d = 1'b0;
        core$xor_lanes = 32'h0;
        core$xor_data = 32'h0;
        core$end_lanes = 32'h0;
        core$start = 1'b0;
        fsm_ok = (fsm$q == s_idle) | (fsm$q == s_absorb) | (fsm$q == s_pad) | (fsm$q == s_perm_wait) | (fsm$q == s_squeeze);
        after_ok = (after$q == s_idle) | (after$q == s_absorb) | (after$q == s_pad) | (after$q == s_squeeze);
        fatal = alarm$q | core$fatal;
        busy = fsm$q != s_idle;
        done = done_r$q;
        done_r$d = 1'b0;
        error = err$q;
        err_code = code$q;
        m_ok = 1'b1;
        m_xof = 1'b0;
        m_rate_last = 32'h10;
        m_domain = 32'h6;
        m_len = 32'h20;
        case (mode)
            0:
                begin
                    m_rate_last = 32'h11;
                    m_len = 32'h1c;
                end
            1:
                begin
                end
            2:
                begin
                    m_rate_last = 32'hc;
                    m_len = 32'h30;
                end
            3:
                begin
                    m_rate_last = 32'h8;
                    m_len = 32'h40;
                end
            4:
                begin
                    m_rate_last = 32'h14;
                    m_domain = 32'h1f;
                    m_xof = 1'b1;
                    m_len = out_len;
                end
            5:
                begin
                    m_domain = 32'h1f;
                    m_xof = 1'b1;
                    m_len = out_len;
                end
            default:
                begin
                    m_ok = 1'b0;
                end
        endcase
        cnt_oh = lanes_q$q ^ ((32'h1) & 25'h1ffffff);
        lanes_ok = lanes_q$q == ((((32'h1) & 25'h1ffffff) << cnt$q) ^ ((32'h1) & 25'h1ffffff));
        end_oh = ((32'h1) & 25'h1ffffff) << rate_last$q;
        at_end = cnt$q == rate_last$q;
        shift = ((in_bytes) & 7'h7f) << 32'h3;
        byte_mask = (((32'h1) & 64'hffffffffffffffff) << shift) - 32'h1;
        pad_word = ((domain$q) & 64'hffffffffffffffff) << shift;
        out_is_last = last_q$q;
        out_valid = fsm$q == s_squeeze;
        out_lane$0 = 32'h0;
        if (cnt_oh[0]) begin
            out_lane$0 = core$state_out$0;
        end
        out_lane$1 = 32'h0;
        if (cnt_oh[1]) begin
            out_lane$1 = core$state_out$1;
        end
        out_lane$2 = 32'h0;
        if (cnt_oh[2]) begin
            out_lane$2 = core$state_out$2;
        end
        out_lane$3 = 32'h0;
        if (cnt_oh[3]) begin
            out_lane$3 = core$state_out$3;
        end
        out_lane$4 = 32'h0;
        if (cnt_oh[4]) begin
            out_lane$4 = core$state_out$4;
        end
        out_lane$5 = 32'h0;
        if (cnt_oh[5]) begin
            out_lane$5 = core$state_out$5;
        end
        out_lane$6 = 32'h0;
        if (cnt_oh[6]) begin
            out_lane$6 = core$state_out$6;
        end
        out_lane$7 = 32'h0;
        if (cnt_oh[7]) begin
            out_lane$7 = core$state_out$7;
        end
        out_lane$8 = 32'h0;
        if (cnt_oh[8]) begin
            out_lane$8 = core$state_out$8;
        end
        out_lane$9 = 32'h0;
        if (cnt_oh[9]) begin
            out_lane$9 = core$state_out$9;
        end
        out_lane$10 = 32'h0;
        if (cnt_oh[10]) begin
            out_lane$10 = core$state_out$10;
        end
        out_lane$11 = 32'h0;
        if (cnt_oh[11]) begin
            out_lane$11 = core$state_out$11;
        end
        out_lane$12 = 32'h0;
        if (cnt_oh[12]) begin
            out_lane$12 = core$state_out$12;
        end
        out_lane$13 = 32'h0;
        if (cnt_oh[13]) begin
            out_lane$13 = core$state_out$13;
        end
        out_lane$14 = 32'h0;
        if (cnt_oh[14]) begin
            out_lane$14 = core$state_out$14;
        end
        out_lane$15 = 32'h0;
        if (cnt_oh[15]) begin
            out_lane$15 = core$state_out$15;
        end
        out_lane$16 = 32'h0;
        if (cnt_oh[16]) begin
            out_lane$16 = core$state_out$16;
        end
        out_lane$17 = 32'h0;
        if (cnt_oh[17]) begin
            out_lane$17 = core$state_out$17;
        end
        out_lane$18 = 32'h0;
        if (cnt_oh[18]) begin
            out_lane$18 = core$state_out$18;
        end
        out_lane$19 = 32'h0;
        if (cnt_oh[19]) begin
            out_lane$19 = core$state_out$19;
        end
        out_lane$20 = 32'h0;
        if (cnt_oh[20]) begin
            out_lane$20 = core$state_out$20;
        end
        out_lane$21 = 32'h0;
        if (cnt_oh[21]) begin
            out_lane$21 = core$state_out$21;
        end
        out_lane$22 = 32'h0;
        if (cnt_oh[22]) begin
            out_lane$22 = core$state_out$22;
        end
        out_lane$23 = 32'h0;
        if (cnt_oh[23]) begin
            out_lane$23 = core$state_out$23;
        end
        out_lane$24 = 32'h0;
        if (cnt_oh[24]) begin
            out_lane$24 = core$state_out$24;
        end
        out_or$0 = out_lane$0 | out_lane$1 | out_lane$2 | out_lane$3;
        out_or$1 = out_lane$4 | out_lane$5 | out_lane$6 | out_lane$7;
        out_or$2 = out_lane$8 | out_lane$9 | out_lane$10 | out_lane$11;
        out_or$3 = out_lane$12 | out_lane$13 | out_lane$14 | out_lane$15;
        out_or$4 = out_lane$16 | out_lane$17 | out_lane$18 | out_lane$19;
        out_or$5 = out_lane$20 | out_lane$21 | out_lane$22 | out_lane$23;
        out_or$6 = out_lane$24;
        out_data = 32'h0;
        out_last = 1'b0;
        out_bytes = 32'h0;
        if (out_valid) begin
            out_data = (out_or$0 | out_or$1 | out_or$2) | (out_or$3 | out_or$4 | out_or$5 | out_or$6);
            out_last = out_is_last;
            out_bytes = 32'h8;
            if (out_is_last) begin
                out_bytes = ((remaining$q) & 4'hf);
            end
        end
        in_ready = 1'b0;
        if (end_wipe$q) begin
            after$d = s_idle;
            rate_last$d = 32'h0;
            domain$d = 32'h0;
            cnt$d = 32'h0;
            remaining$d = 32'h0;
            last_q$d = 1'b0;
        end
        if (fsm$q == s_idle) begin
            if (start & alarm$q) begin
                err$d = 1'b1;
                code$d = 32'h6;
            end
            else if (start) begin
                if (~m_ok) begin
                    err$d = 1'b1;
                    code$d = 32'h1;
                end
                else if (m_xof & (out_len == 32'h0)) begin
                    err$d = 1'b1;
                    code$d = 32'h2;
                end
                else begin
                    err$d = 1'b0;
                    code$d = 32'h0;
                    rate_last$d = m_rate_last;
                    domain$d = m_domain;
                    remaining$d = m_len;
                    last_q$d = m_len <= 32'h8;
                    cnt$d = 32'h0;
                    fsm$d = s_absorb;
                end
            end
        end
        else if (fsm$q == s_absorb) begin
            in_ready = 1'b1;
            if (in_valid) begin
                if (in_bytes > 32'h8) begin
                    err$d = 1'b1;
                    code$d = 32'h5;
                    end_wipe$d = 1'b1;
                    fsm$d = s_idle;
                end
                else if (~in_last & (in_bytes != 32'h8)) begin
                    err$d = 1'b1;
                    code$d = 32'h4;
                    end_wipe$d = 1'b1;
                    fsm$d = s_idle;
                end
                else if (in_bytes == 32'h8) begin
                    core$xor_lanes = cnt_oh;
                    core$xor_data = in_data;
                    if (at_end) begin
                        core$start = 1'b1;
                        cnt$d = 32'h0;
                        fsm$d = s_perm_wait;
                        after$d = s_absorb;
                        if (in_last) begin
                            after$d = s_pad;
                        end
                    end
                    else begin
                        cnt$d = cnt$q + 32'h1;
                        if (in_last) begin
                            fsm$d = s_pad;
                        end
                    end
                end
                else begin
                    core$xor_lanes = cnt_oh;
                    core$xor_data = (in_data & byte_mask) | pad_word;
                    core$end_lanes = end_oh;
                    core$start = 1'b1;
                    cnt$d = 32'h0;
                    fsm$d = s_perm_wait;
                    after$d = s_squeeze;
                end
            end
        end
        else if (fsm$q == s_pad) begin
            core$xor_lanes = cnt_oh;
            core$xor_data = ((domain$q) & 64'hffffffffffffffff);
            core$end_lanes = end_oh;
            core$start = 1'b1;
            cnt$d = 32'h0;
            fsm$d = s_perm_wait;
            after$d = s_squeeze;
        end
        else if (fsm$q == s_perm_wait) begin
            if (core$last_step) begin
                fsm$d = after$q;
            end
        end
        else if (fsm$q == s_squeeze) begin
            if (out_ready) begin
                if (out_is_last) begin
                    remaining$d = 32'h0;
                    last_q$d = 1'b0;
                    cnt$d = 32'h0;
                    end_wipe$d = 1'b1;
                    done_r$d = 1'b1;
                    fsm$d = s_idle;
                end
                else begin
                    remaining$d = remaining$q - 32'h8;
                    last_q$d = remaining$q <= 32'h10;
                    if (at_end) begin
                        core$start = 1'b1;
                        cnt$d = 32'h0;
                        fsm$d = s_perm_wait;
                        after$d = s_squeeze;
                    end
                    else begin
                        cnt$d = cnt$q + 32'h1;
                    end
                end
            end
        end
        if (start & (fsm$q != s_idle)) begin
            err$d = 1'b1;
            code$d = 32'h3;
        end
        wipe = zeroize | reset | ~fsm_ok | ~after_ok | ~lanes_ok;
        if (wipe) begin
            core$start = 1'b0;
        end
        if (zeroize | reset | alarm$q) begin
            core$clear = 1'b1;
        end
        if (wipe | core$fatal) begin
            fsm$d = s_idle;
            after$d = s_idle;
            rate_last$d = 32'h0;
            domain$d = 32'h0;
            cnt$d = 32'h0;
            remaining$d = 32'h0;
            last_q$d = 1'b0;
            end_wipe$d = 1'b0;
            done_r$d = 1'b0;
        end
        if (zeroize) begin
            err$d = 1'b0;
            code$d = 32'h0;
        end
        if (~fsm_ok | ~after_ok | ~lanes_ok | core$fatal) begin
            alarm$d = 1'b1;
        end
        lanes_q$d = (((32'h1) & 25'h1ffffff) << cnt$d) ^ ((32'h1) & 25'h1ffffff);
        if (reset) begin
            alarm$d = 1'b0;
            err$d = 1'b0;
            code$d = 32'h0;
        end
    end
    
endmodule // mlkem_engine$sponge


module mlkem_engine$sponge$after(d,q,clock);
    
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
          
endmodule // mlkem_engine$sponge$after


module mlkem_engine$sponge$alarm(d,q,clock);
    
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
          
endmodule // mlkem_engine$sponge$alarm


module mlkem_engine$sponge$cnt(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$sponge$cnt


module mlkem_engine$sponge$code(d,q,clock);
    
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
          
endmodule // mlkem_engine$sponge$code


module mlkem_engine$sponge$core(clock,reset,clear,xor_lanes,xor_data,end_lanes,start,state_out$0,state_out$1,state_out$2,state_out$3,state_out$4,state_out$5,state_out$6,state_out$7,state_out$8,state_out$9,state_out$10,state_out$11,state_out$12,state_out$13,state_out$14,state_out$15,state_out$16,state_out$17,state_out$18,state_out$19,state_out$20,state_out$21,state_out$22,state_out$23,state_out$24,busy,last_step,done,fatal);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  clear;
    input wire  [24:0] xor_lanes;
    input wire  [63:0] xor_data;
    input wire  [24:0] end_lanes;
    input wire  start;
    output reg  [63:0] state_out$0;
    output reg  [63:0] state_out$1;
    output reg  [63:0] state_out$2;
    output reg  [63:0] state_out$3;
    output reg  [63:0] state_out$4;
    output reg  [63:0] state_out$5;
    output reg  [63:0] state_out$6;
    output reg  [63:0] state_out$7;
    output reg  [63:0] state_out$8;
    output reg  [63:0] state_out$9;
    output reg  [63:0] state_out$10;
    output reg  [63:0] state_out$11;
    output reg  [63:0] state_out$12;
    output reg  [63:0] state_out$13;
    output reg  [63:0] state_out$14;
    output reg  [63:0] state_out$15;
    output reg  [63:0] state_out$16;
    output reg  [63:0] state_out$17;
    output reg  [63:0] state_out$18;
    output reg  [63:0] state_out$19;
    output reg  [63:0] state_out$20;
    output reg  [63:0] state_out$21;
    output reg  [63:0] state_out$22;
    output reg  [63:0] state_out$23;
    output reg  [63:0] state_out$24;
    output reg  busy;
    output reg  last_step;
    output reg  done;
    output reg  fatal;
    
    // Constant declarations
    localparam  rc_tab$0 = 64'h1;
    localparam  rc_tab$1 = 64'h800000000000808a;
    localparam  rc_tab$2 = 64'h808b;
    localparam  rc_tab$3 = 64'h8000000080008081;
    localparam  rc_tab$4 = 64'h8a;
    localparam  rc_tab$5 = 64'h80008009;
    localparam  rc_tab$6 = 64'h8000808b;
    localparam  rc_tab$7 = 64'h8000000000008089;
    localparam  rc_tab$8 = 64'h8000000000008002;
    localparam  rc_tab$9 = 64'h800a;
    localparam  rc_tab$10 = 64'h8000000080008081;
    localparam  rc_tab$11 = 64'h80000001;
    localparam  rc_tab$12 = 64'h8082;
    localparam  rc_tab$13 = 64'h8000000080008000;
    localparam  rc_tab$14 = 64'h80000001;
    localparam  rc_tab$15 = 64'h8000000000008009;
    localparam  rc_tab$16 = 64'h88;
    localparam  rc_tab$17 = 64'h8000000a;
    localparam  rc_tab$18 = 64'h800000000000008b;
    localparam  rc_tab$19 = 64'h8000000000008003;
    localparam  rc_tab$20 = 64'h8000000000000080;
    localparam  rc_tab$21 = 64'h800000008000000a;
    localparam  rc_tab$22 = 64'h8000000000008080;
    localparam  rc_tab$23 = 64'h8000000080008008;
    localparam  pad_end = 64'h8000000000000000;
    
    // Stub signals
    reg  [63:0] state$0$d;
    wire  [63:0] state$0$q;
    reg  state$0$clock;
    reg  [63:0] state$1$d;
    wire  [63:0] state$1$q;
    reg  state$1$clock;
    reg  [63:0] state$2$d;
    wire  [63:0] state$2$q;
    reg  state$2$clock;
    reg  [63:0] state$3$d;
    wire  [63:0] state$3$q;
    reg  state$3$clock;
    reg  [63:0] state$4$d;
    wire  [63:0] state$4$q;
    reg  state$4$clock;
    reg  [63:0] state$5$d;
    wire  [63:0] state$5$q;
    reg  state$5$clock;
    reg  [63:0] state$6$d;
    wire  [63:0] state$6$q;
    reg  state$6$clock;
    reg  [63:0] state$7$d;
    wire  [63:0] state$7$q;
    reg  state$7$clock;
    reg  [63:0] state$8$d;
    wire  [63:0] state$8$q;
    reg  state$8$clock;
    reg  [63:0] state$9$d;
    wire  [63:0] state$9$q;
    reg  state$9$clock;
    reg  [63:0] state$10$d;
    wire  [63:0] state$10$q;
    reg  state$10$clock;
    reg  [63:0] state$11$d;
    wire  [63:0] state$11$q;
    reg  state$11$clock;
    reg  [63:0] state$12$d;
    wire  [63:0] state$12$q;
    reg  state$12$clock;
    reg  [63:0] state$13$d;
    wire  [63:0] state$13$q;
    reg  state$13$clock;
    reg  [63:0] state$14$d;
    wire  [63:0] state$14$q;
    reg  state$14$clock;
    reg  [63:0] state$15$d;
    wire  [63:0] state$15$q;
    reg  state$15$clock;
    reg  [63:0] state$16$d;
    wire  [63:0] state$16$q;
    reg  state$16$clock;
    reg  [63:0] state$17$d;
    wire  [63:0] state$17$q;
    reg  state$17$clock;
    reg  [63:0] state$18$d;
    wire  [63:0] state$18$q;
    reg  state$18$clock;
    reg  [63:0] state$19$d;
    wire  [63:0] state$19$q;
    reg  state$19$clock;
    reg  [63:0] state$20$d;
    wire  [63:0] state$20$q;
    reg  state$20$clock;
    reg  [63:0] state$21$d;
    wire  [63:0] state$21$q;
    reg  state$21$clock;
    reg  [63:0] state$22$d;
    wire  [63:0] state$22$q;
    reg  state$22$clock;
    reg  [63:0] state$23$d;
    wire  [63:0] state$23$q;
    reg  state$23$clock;
    reg  [63:0] state$24$d;
    wire  [63:0] state$24$q;
    reg  state$24$clock;
    reg  [2:0] run_st$d;
    wire  [2:0] run_st$q;
    reg  run_st$clock;
    reg  [4:0] step$d;
    wire  [4:0] step$q;
    reg  step$clock;
    reg  [4:0] step_b$d;
    wire  [4:0] step_b$q;
    reg  step_b$clock;
    reg  done_r$d;
    wire  done_r$q;
    reg  done_r$clock;
    reg  alarm$d;
    wire  alarm$q;
    reg  alarm$clock;
    
    // Local signals
    reg  [11:0] step_oh;
    reg  active;
    reg  bad;
    reg  [63:0] xd$0;
    reg  [63:0] xd$1;
    reg  [63:0] xd$2;
    reg  [63:0] xd$3;
    reg  [63:0] xd$4;
    reg  [63:0] xd$5;
    reg  [63:0] xd$6;
    reg  [63:0] xd$7;
    reg  [63:0] xd$8;
    reg  [63:0] xd$9;
    reg  [63:0] xd$10;
    reg  [63:0] xd$11;
    reg  [63:0] xd$12;
    reg  [63:0] xd$13;
    reg  [63:0] xd$14;
    reg  [63:0] xd$15;
    reg  [63:0] xd$16;
    reg  [63:0] xd$17;
    reg  [63:0] xd$18;
    reg  [63:0] xd$19;
    reg  [63:0] xd$20;
    reg  [63:0] xd$21;
    reg  [63:0] xd$22;
    reg  [63:0] xd$23;
    reg  [63:0] xd$24;
    reg  [63:0] ed$0;
    reg  [63:0] ed$1;
    reg  [63:0] ed$2;
    reg  [63:0] ed$3;
    reg  [63:0] ed$4;
    reg  [63:0] ed$5;
    reg  [63:0] ed$6;
    reg  [63:0] ed$7;
    reg  [63:0] ed$8;
    reg  [63:0] ed$9;
    reg  [63:0] ed$10;
    reg  [63:0] ed$11;
    reg  [63:0] ed$12;
    reg  [63:0] ed$13;
    reg  [63:0] ed$14;
    reg  [63:0] ed$15;
    reg  [63:0] ed$16;
    reg  [63:0] ed$17;
    reg  [63:0] ed$18;
    reg  [63:0] ed$19;
    reg  [63:0] ed$20;
    reg  [63:0] ed$21;
    reg  [63:0] ed$22;
    reg  [63:0] ed$23;
    reg  [63:0] ed$24;
    reg  [63:0] a$0;
    reg  [63:0] a$1;
    reg  [63:0] a$2;
    reg  [63:0] a$3;
    reg  [63:0] a$4;
    reg  [63:0] a$5;
    reg  [63:0] a$6;
    reg  [63:0] a$7;
    reg  [63:0] a$8;
    reg  [63:0] a$9;
    reg  [63:0] a$10;
    reg  [63:0] a$11;
    reg  [63:0] a$12;
    reg  [63:0] a$13;
    reg  [63:0] a$14;
    reg  [63:0] a$15;
    reg  [63:0] a$16;
    reg  [63:0] a$17;
    reg  [63:0] a$18;
    reg  [63:0] a$19;
    reg  [63:0] a$20;
    reg  [63:0] a$21;
    reg  [63:0] a$22;
    reg  [63:0] a$23;
    reg  [63:0] a$24;
    reg  [63:0] a$25;
    reg  [63:0] a$26;
    reg  [63:0] a$27;
    reg  [63:0] a$28;
    reg  [63:0] a$29;
    reg  [63:0] a$30;
    reg  [63:0] a$31;
    reg  [63:0] a$32;
    reg  [63:0] a$33;
    reg  [63:0] a$34;
    reg  [63:0] a$35;
    reg  [63:0] a$36;
    reg  [63:0] a$37;
    reg  [63:0] a$38;
    reg  [63:0] a$39;
    reg  [63:0] a$40;
    reg  [63:0] a$41;
    reg  [63:0] a$42;
    reg  [63:0] a$43;
    reg  [63:0] a$44;
    reg  [63:0] a$45;
    reg  [63:0] a$46;
    reg  [63:0] a$47;
    reg  [63:0] a$48;
    reg  [63:0] a$49;
    reg  [63:0] a$50;
    reg  [63:0] a$51;
    reg  [63:0] a$52;
    reg  [63:0] a$53;
    reg  [63:0] a$54;
    reg  [63:0] a$55;
    reg  [63:0] a$56;
    reg  [63:0] a$57;
    reg  [63:0] a$58;
    reg  [63:0] a$59;
    reg  [63:0] a$60;
    reg  [63:0] a$61;
    reg  [63:0] a$62;
    reg  [63:0] a$63;
    reg  [63:0] a$64;
    reg  [63:0] a$65;
    reg  [63:0] a$66;
    reg  [63:0] a$67;
    reg  [63:0] a$68;
    reg  [63:0] a$69;
    reg  [63:0] a$70;
    reg  [63:0] a$71;
    reg  [63:0] a$72;
    reg  [63:0] a$73;
    reg  [63:0] a$74;
    reg  [63:0] rc$0;
    reg  [63:0] rc$1;
    reg  [63:0] c$0;
    reg  [63:0] c$1;
    reg  [63:0] c$2;
    reg  [63:0] c$3;
    reg  [63:0] c$4;
    reg  [63:0] c$5;
    reg  [63:0] c$6;
    reg  [63:0] c$7;
    reg  [63:0] c$8;
    reg  [63:0] c$9;
    reg  [63:0] d$0;
    reg  [63:0] d$1;
    reg  [63:0] d$2;
    reg  [63:0] d$3;
    reg  [63:0] d$4;
    reg  [63:0] d$5;
    reg  [63:0] d$6;
    reg  [63:0] d$7;
    reg  [63:0] d$8;
    reg  [63:0] d$9;
    reg  [63:0] t$0;
    reg  [63:0] t$1;
    reg  [63:0] t$2;
    reg  [63:0] t$3;
    reg  [63:0] t$4;
    reg  [63:0] t$5;
    reg  [63:0] t$6;
    reg  [63:0] t$7;
    reg  [63:0] t$8;
    reg  [63:0] t$9;
    reg  [63:0] t$10;
    reg  [63:0] t$11;
    reg  [63:0] t$12;
    reg  [63:0] t$13;
    reg  [63:0] t$14;
    reg  [63:0] t$15;
    reg  [63:0] t$16;
    reg  [63:0] t$17;
    reg  [63:0] t$18;
    reg  [63:0] t$19;
    reg  [63:0] t$20;
    reg  [63:0] t$21;
    reg  [63:0] t$22;
    reg  [63:0] t$23;
    reg  [63:0] t$24;
    reg  [63:0] t$25;
    reg  [63:0] t$26;
    reg  [63:0] t$27;
    reg  [63:0] t$28;
    reg  [63:0] t$29;
    reg  [63:0] t$30;
    reg  [63:0] t$31;
    reg  [63:0] t$32;
    reg  [63:0] t$33;
    reg  [63:0] t$34;
    reg  [63:0] t$35;
    reg  [63:0] t$36;
    reg  [63:0] t$37;
    reg  [63:0] t$38;
    reg  [63:0] t$39;
    reg  [63:0] t$40;
    reg  [63:0] t$41;
    reg  [63:0] t$42;
    reg  [63:0] t$43;
    reg  [63:0] t$44;
    reg  [63:0] t$45;
    reg  [63:0] t$46;
    reg  [63:0] t$47;
    reg  [63:0] t$48;
    reg  [63:0] t$49;
    reg  [63:0] b$0;
    reg  [63:0] b$1;
    reg  [63:0] b$2;
    reg  [63:0] b$3;
    reg  [63:0] b$4;
    reg  [63:0] b$5;
    reg  [63:0] b$6;
    reg  [63:0] b$7;
    reg  [63:0] b$8;
    reg  [63:0] b$9;
    reg  [63:0] b$10;
    reg  [63:0] b$11;
    reg  [63:0] b$12;
    reg  [63:0] b$13;
    reg  [63:0] b$14;
    reg  [63:0] b$15;
    reg  [63:0] b$16;
    reg  [63:0] b$17;
    reg  [63:0] b$18;
    reg  [63:0] b$19;
    reg  [63:0] b$20;
    reg  [63:0] b$21;
    reg  [63:0] b$22;
    reg  [63:0] b$23;
    reg  [63:0] b$24;
    reg  [63:0] b$25;
    reg  [63:0] b$26;
    reg  [63:0] b$27;
    reg  [63:0] b$28;
    reg  [63:0] b$29;
    reg  [63:0] b$30;
    reg  [63:0] b$31;
    reg  [63:0] b$32;
    reg  [63:0] b$33;
    reg  [63:0] b$34;
    reg  [63:0] b$35;
    reg  [63:0] b$36;
    reg  [63:0] b$37;
    reg  [63:0] b$38;
    reg  [63:0] b$39;
    reg  [63:0] b$40;
    reg  [63:0] b$41;
    reg  [63:0] b$42;
    reg  [63:0] b$43;
    reg  [63:0] b$44;
    reg  [63:0] b$45;
    reg  [63:0] b$46;
    reg  [63:0] b$47;
    reg  [63:0] b$48;
    reg  [63:0] b$49;
    
    // Sub module instances
    mlkem_engine$sponge$core$state$0 state$0(
        .d(state$0$d),
        .q(state$0$q),
        .clock(state$0$clock)
    );
    mlkem_engine$sponge$core$state$1 state$1(
        .d(state$1$d),
        .q(state$1$q),
        .clock(state$1$clock)
    );
    mlkem_engine$sponge$core$state$2 state$2(
        .d(state$2$d),
        .q(state$2$q),
        .clock(state$2$clock)
    );
    mlkem_engine$sponge$core$state$3 state$3(
        .d(state$3$d),
        .q(state$3$q),
        .clock(state$3$clock)
    );
    mlkem_engine$sponge$core$state$4 state$4(
        .d(state$4$d),
        .q(state$4$q),
        .clock(state$4$clock)
    );
    mlkem_engine$sponge$core$state$5 state$5(
        .d(state$5$d),
        .q(state$5$q),
        .clock(state$5$clock)
    );
    mlkem_engine$sponge$core$state$6 state$6(
        .d(state$6$d),
        .q(state$6$q),
        .clock(state$6$clock)
    );
    mlkem_engine$sponge$core$state$7 state$7(
        .d(state$7$d),
        .q(state$7$q),
        .clock(state$7$clock)
    );
    mlkem_engine$sponge$core$state$8 state$8(
        .d(state$8$d),
        .q(state$8$q),
        .clock(state$8$clock)
    );
    mlkem_engine$sponge$core$state$9 state$9(
        .d(state$9$d),
        .q(state$9$q),
        .clock(state$9$clock)
    );
    mlkem_engine$sponge$core$state$10 state$10(
        .d(state$10$d),
        .q(state$10$q),
        .clock(state$10$clock)
    );
    mlkem_engine$sponge$core$state$11 state$11(
        .d(state$11$d),
        .q(state$11$q),
        .clock(state$11$clock)
    );
    mlkem_engine$sponge$core$state$12 state$12(
        .d(state$12$d),
        .q(state$12$q),
        .clock(state$12$clock)
    );
    mlkem_engine$sponge$core$state$13 state$13(
        .d(state$13$d),
        .q(state$13$q),
        .clock(state$13$clock)
    );
    mlkem_engine$sponge$core$state$14 state$14(
        .d(state$14$d),
        .q(state$14$q),
        .clock(state$14$clock)
    );
    mlkem_engine$sponge$core$state$15 state$15(
        .d(state$15$d),
        .q(state$15$q),
        .clock(state$15$clock)
    );
    mlkem_engine$sponge$core$state$16 state$16(
        .d(state$16$d),
        .q(state$16$q),
        .clock(state$16$clock)
    );
    mlkem_engine$sponge$core$state$17 state$17(
        .d(state$17$d),
        .q(state$17$q),
        .clock(state$17$clock)
    );
    mlkem_engine$sponge$core$state$18 state$18(
        .d(state$18$d),
        .q(state$18$q),
        .clock(state$18$clock)
    );
    mlkem_engine$sponge$core$state$19 state$19(
        .d(state$19$d),
        .q(state$19$q),
        .clock(state$19$clock)
    );
    mlkem_engine$sponge$core$state$20 state$20(
        .d(state$20$d),
        .q(state$20$q),
        .clock(state$20$clock)
    );
    mlkem_engine$sponge$core$state$21 state$21(
        .d(state$21$d),
        .q(state$21$q),
        .clock(state$21$clock)
    );
    mlkem_engine$sponge$core$state$22 state$22(
        .d(state$22$d),
        .q(state$22$q),
        .clock(state$22$clock)
    );
    mlkem_engine$sponge$core$state$23 state$23(
        .d(state$23$d),
        .q(state$23$q),
        .clock(state$23$clock)
    );
    mlkem_engine$sponge$core$state$24 state$24(
        .d(state$24$d),
        .q(state$24$q),
        .clock(state$24$clock)
    );
    mlkem_engine$sponge$core$run_st run_st(
        .d(run_st$d),
        .q(run_st$q),
        .clock(run_st$clock)
    );
    mlkem_engine$sponge$core$step step(
        .d(step$d),
        .q(step$q),
        .clock(step$clock)
    );
    mlkem_engine$sponge$core$step_b step_b(
        .d(step_b$d),
        .q(step_b$q),
        .clock(step_b$clock)
    );
    mlkem_engine$sponge$core$done_r done_r(
        .d(done_r$d),
        .q(done_r$q),
        .clock(done_r$clock)
    );
    mlkem_engine$sponge$core$alarm alarm(
        .d(alarm$d),
        .q(alarm$q),
        .clock(alarm$clock)
    );
    
    // Update code
    always @(*) begin
        state$0$clock = clock;
        state$0$d = state$0$q;
        state_out$0 = state$0$q;
        state$1$clock = clock;
        state$1$d = state$1$q;
        state_out$1 = state$1$q;
        state$2$clock = clock;
        state$2$d = state$2$q;
        state_out$2 = state$2$q;
        state$3$clock = clock;
        state$3$d = state$3$q;
        state_out$3 = state$3$q;
        state$4$clock = clock;
        state$4$d = state$4$q;
        state_out$4 = state$4$q;
        state$5$clock = clock;
        state$5$d = state$5$q;
        state_out$5 = state$5$q;
        state$6$clock = clock;
        state$6$d = state$6$q;
        state_out$6 = state$6$q;
        state$7$clock = clock;
        state$7$d = state$7$q;
        state_out$7 = state$7$q;
        state$8$clock = clock;
        state$8$d = state$8$q;
        state_out$8 = state$8$q;
        state$9$clock = clock;
        state$9$d = state$9$q;
        state_out$9 = state$9$q;
        state$10$clock = clock;
        state$10$d = state$10$q;
        state_out$10 = state$10$q;
        state$11$clock = clock;
        state$11$d = state$11$q;
        state_out$11 = state$11$q;
        state$12$clock = clock;
        state$12$d = state$12$q;
        state_out$12 = state$12$q;
        state$13$clock = clock;
        state$13$d = state$13$q;
        state_out$13 = state$13$q;
        state$14$clock = clock;
        state$14$d = state$14$q;
        state_out$14 = state$14$q;
        state$15$clock = clock;
        state$15$d = state$15$q;
        state_out$15 = state$15$q;
        state$16$clock = clock;
        state$16$d = state$16$q;
        state_out$16 = state$16$q;
        state$17$clock = clock;
        state$17$d = state$17$q;
        state_out$17 = state$17$q;
        state$18$clock = clock;
        state$18$d = state$18$q;
        state_out$18 = state$18$q;
        state$19$clock = clock;
        state$19$d = state$19$q;
        state_out$19 = state$19$q;
        state$20$clock = clock;
        state$20$d = state$20$q;
        state_out$20 = state$20$q;
        state$21$clock = clock;
        state$21$d = state$21$q;
        state_out$21 = state$21$q;
        state$22$clock = clock;
        state$22$d = state$22$q;
        state_out$22 = state$22$q;
        state$23$clock = clock;
        state$23$d = state$23$q;
        state_out$23 = state$23$q;
        state$24$clock = clock;
        state$24$d = state$24$q;
        state_out$24 = state$24$q;
        run_st$clock = clock;
        step$clock = clock;
        step_b$clock = clock;
        done_r$clock = clock;
        alarm$clock = clock;
        run_st$d = run_st$q;
        step$d = step$q;
        step_b$d = step_b$q;
        done_r$d = done_r$q;
        alarm$d = alarm$q;
        active = run_st$q == 32'h7;
        bad = ((run_st$q != 32'h0) & (run_st$q != 32'h7)) | (step$q != step_b$q);
        busy = active;
        done = done_r$q;
        fatal = alarm$q;
        done_r$d = 1'b0;
        last_step = active & (step$q == 32'hc - 32'h1);
        step_oh = ((32'h1) & 12'hfff) << step$q;
        rc$0 = 32'h0;
        if (step_oh[0]) begin
            rc$0 = rc_tab$0;
        end
        if (step_oh[1]) begin
            rc$0 = rc_tab$1;
        end
        if (step_oh[2]) begin
            rc$0 = rc_tab$2;
        end
        if (step_oh[3]) begin
            rc$0 = rc_tab$3;
        end
        if (step_oh[4]) begin
            rc$0 = rc_tab$4;
        end
        if (step_oh[5]) begin
            rc$0 = rc_tab$5;
        end
        if (step_oh[6]) begin
            rc$0 = rc_tab$6;
        end
        if (step_oh[7]) begin
            rc$0 = rc_tab$7;
        end
        if (step_oh[8]) begin
            rc$0 = rc_tab$8;
        end
        if (step_oh[9]) begin
            rc$0 = rc_tab$9;
        end
        if (step_oh[10]) begin
            rc$0 = rc_tab$10;
        end
        if (step_oh[11]) begin
            rc$0 = rc_tab$11;
        end
        rc$1 = 32'h0;
        if (step_oh[0]) begin
            rc$1 = rc_tab$12;
        end
        if (step_oh[1]) begin
            rc$1 = rc_tab$13;
        end
        if (step_oh[2]) begin
            rc$1 = rc_tab$14;
        end
        if (step_oh[3]) begin
            rc$1 = rc_tab$15;
        end
        if (step_oh[4]) begin
            rc$1 = rc_tab$16;
        end
        if (step_oh[5]) begin
            rc$1 = rc_tab$17;
        end
        if (step_oh[6]) begin
            rc$1 = rc_tab$18;
        end
        if (step_oh[7]) begin
            rc$1 = rc_tab$19;
        end
        if (step_oh[8]) begin
            rc$1 = rc_tab$20;
        end
        if (step_oh[9]) begin
            rc$1 = rc_tab$21;
        end
        if (step_oh[10]) begin
            rc$1 = rc_tab$22;
        end
        if (step_oh[11]) begin
            rc$1 = rc_tab$23;
        end
        xd$0 = 32'h0;
        if (xor_lanes[0]) begin
            xd$0 = xor_data;
        end
        ed$0 = 32'h0;
        if (end_lanes[0]) begin
            ed$0 = pad_end;
        end
        a$0 = state$0$q;
        xd$1 = 32'h0;
        if (xor_lanes[1]) begin
            xd$1 = xor_data;
        end
        ed$1 = 32'h0;
        if (end_lanes[1]) begin
            ed$1 = pad_end;
        end
        a$1 = state$1$q;
        xd$2 = 32'h0;
        if (xor_lanes[2]) begin
            xd$2 = xor_data;
        end
        ed$2 = 32'h0;
        if (end_lanes[2]) begin
            ed$2 = pad_end;
        end
        a$2 = state$2$q;
        xd$3 = 32'h0;
        if (xor_lanes[3]) begin
            xd$3 = xor_data;
        end
        ed$3 = 32'h0;
        if (end_lanes[3]) begin
            ed$3 = pad_end;
        end
        a$3 = state$3$q;
        xd$4 = 32'h0;
        if (xor_lanes[4]) begin
            xd$4 = xor_data;
        end
        ed$4 = 32'h0;
        if (end_lanes[4]) begin
            ed$4 = pad_end;
        end
        a$4 = state$4$q;
        xd$5 = 32'h0;
        if (xor_lanes[5]) begin
            xd$5 = xor_data;
        end
        ed$5 = 32'h0;
        if (end_lanes[5]) begin
            ed$5 = pad_end;
        end
        a$5 = state$5$q;
        xd$6 = 32'h0;
        if (xor_lanes[6]) begin
            xd$6 = xor_data;
        end
        ed$6 = 32'h0;
        if (end_lanes[6]) begin
            ed$6 = pad_end;
        end
        a$6 = state$6$q;
        xd$7 = 32'h0;
        if (xor_lanes[7]) begin
            xd$7 = xor_data;
        end
        ed$7 = 32'h0;
        if (end_lanes[7]) begin
            ed$7 = pad_end;
        end
        a$7 = state$7$q;
        xd$8 = 32'h0;
        if (xor_lanes[8]) begin
            xd$8 = xor_data;
        end
        ed$8 = 32'h0;
        if (end_lanes[8]) begin
            ed$8 = pad_end;
        end
        a$8 = state$8$q;
        xd$9 = 32'h0;
        if (xor_lanes[9]) begin
            xd$9 = xor_data;
        end
        ed$9 = 32'h0;
        if (end_lanes[9]) begin
            ed$9 = pad_end;
        end
        a$9 = state$9$q;
        xd$10 = 32'h0;
        if (xor_lanes[10]) begin
            xd$10 = xor_data;
        end
        ed$10 = 32'h0;
        if (end_lanes[10]) begin
            ed$10 = pad_end;
        end
        a$10 = state$10$q;
        xd$11 = 32'h0;
        if (xor_lanes[11]) begin
            xd$11 = xor_data;
        end
        ed$11 = 32'h0;
        if (end_lanes[11]) begin
            ed$11 = pad_end;
        end
        a$11 = state$11$q;
        xd$12 = 32'h0;
        if (xor_lanes[12]) begin
            xd$12 = xor_data;
        end
        ed$12 = 32'h0;
        if (end_lanes[12]) begin
            ed$12 = pad_end;
        end
        a$12 = state$12$q;
        xd$13 = 32'h0;
        if (xor_lanes[13]) begin
            xd$13 = xor_data;
        end
        ed$13 = 32'h0;
        if (end_lanes[13]) begin
            ed$13 = pad_end;
        end
        a$13 = state$13$q;
        xd$14 = 32'h0;
        if (xor_lanes[14]) begin
            xd$14 = xor_data;
        end
        ed$14 = 32'h0;
        if (end_lanes[14]) begin
            ed$14 = pad_end;
        end
        a$14 = state$14$q;
        xd$15 = 32'h0;
        if (xor_lanes[15]) begin
            xd$15 = xor_data;
        end
        ed$15 = 32'h0;
        if (end_lanes[15]) begin
            ed$15 = pad_end;
        end
        a$15 = state$15$q;
        xd$16 = 32'h0;
        if (xor_lanes[16]) begin
            xd$16 = xor_data;
        end
        ed$16 = 32'h0;
        if (end_lanes[16]) begin
            ed$16 = pad_end;
        end
        a$16 = state$16$q;
        xd$17 = 32'h0;
        if (xor_lanes[17]) begin
            xd$17 = xor_data;
        end
        ed$17 = 32'h0;
        if (end_lanes[17]) begin
            ed$17 = pad_end;
        end
        a$17 = state$17$q;
        xd$18 = 32'h0;
        if (xor_lanes[18]) begin
            xd$18 = xor_data;
        end
        ed$18 = 32'h0;
        if (end_lanes[18]) begin
            ed$18 = pad_end;
        end
        a$18 = state$18$q;
        xd$19 = 32'h0;
        if (xor_lanes[19]) begin
            xd$19 = xor_data;
        end
        ed$19 = 32'h0;
        if (end_lanes[19]) begin
            ed$19 = pad_end;
        end
        a$19 = state$19$q;
        xd$20 = 32'h0;
        if (xor_lanes[20]) begin
            xd$20 = xor_data;
        end
        ed$20 = 32'h0;
        if (end_lanes[20]) begin
            ed$20 = pad_end;
        end
        a$20 = state$20$q;
        xd$21 = 32'h0;
        if (xor_lanes[21]) begin
            xd$21 = xor_data;
        end
        ed$21 = 32'h0;
        if (end_lanes[21]) begin
            ed$21 = pad_end;
        end
        a$21 = state$21$q;
        xd$22 = 32'h0;
        if (xor_lanes[22]) begin
            xd$22 = xor_data;
        end
        ed$22 = 32'h0;
        if (end_lanes[22]) begin
            ed$22 = pad_end;
        end
        a$22 = state$22$q;
        xd$23 = 32'h0;
        if (xor_lanes[23]) begin
            xd$23 = xor_data;
        end
        ed$23 = 32'h0;
        if (end_lanes[23]) begin
            ed$23 = pad_end;
        end
        a$23 = state$23$q;
        xd$24 = 32'h0;
        if (xor_lanes[24]) begin
            xd$24 = xor_data;
        end
        ed$24 = 32'h0;
        if (end_lanes[24]) begin
            ed$24 = pad_end;
        end
        a$24 = state$24$q;
        c$0 = a$0 ^ a$5 ^ a$10 ^ a$15 ^ a$20;
        c$1 = a$1 ^ a$6 ^ a$11 ^ a$16 ^ a$21;
        c$2 = a$2 ^ a$7 ^ a$12 ^ a$17 ^ a$22;
        c$3 = a$3 ^ a$8 ^ a$13 ^ a$18 ^ a$23;
        c$4 = a$4 ^ a$9 ^ a$14 ^ a$19 ^ a$24;
        d$0 = c$4 ^ ((c$1 << 32'h1) | (c$1 >> 32'h3f));
        d$1 = c$0 ^ ((c$2 << 32'h1) | (c$2 >> 32'h3f));
        d$2 = c$1 ^ ((c$3 << 32'h1) | (c$3 >> 32'h3f));
        d$3 = c$2 ^ ((c$4 << 32'h1) | (c$4 >> 32'h3f));
        d$4 = c$3 ^ ((c$0 << 32'h1) | (c$0 >> 32'h3f));
        t$0 = a$0 ^ d$0;
        t$1 = a$1 ^ d$1;
        t$2 = a$2 ^ d$2;
        t$3 = a$3 ^ d$3;
        t$4 = a$4 ^ d$4;
        t$5 = a$5 ^ d$0;
        t$6 = a$6 ^ d$1;
        t$7 = a$7 ^ d$2;
        t$8 = a$8 ^ d$3;
        t$9 = a$9 ^ d$4;
        t$10 = a$10 ^ d$0;
        t$11 = a$11 ^ d$1;
        t$12 = a$12 ^ d$2;
        t$13 = a$13 ^ d$3;
        t$14 = a$14 ^ d$4;
        t$15 = a$15 ^ d$0;
        t$16 = a$16 ^ d$1;
        t$17 = a$17 ^ d$2;
        t$18 = a$18 ^ d$3;
        t$19 = a$19 ^ d$4;
        t$20 = a$20 ^ d$0;
        t$21 = a$21 ^ d$1;
        t$22 = a$22 ^ d$2;
        t$23 = a$23 ^ d$3;
        t$24 = a$24 ^ d$4;
        b$0 = t$0;
        b$10 = (t$1 << 32'h1) | (t$1 >> 32'h3f);
        b$20 = (t$2 << 32'h3e) | (t$2 >> 32'h2);
        b$5 = (t$3 << 32'h1c) | (t$3 >> 32'h24);
        b$15 = (t$4 << 32'h1b) | (t$4 >> 32'h25);
        b$16 = (t$5 << 32'h24) | (t$5 >> 32'h1c);
        b$1 = (t$6 << 32'h2c) | (t$6 >> 32'h14);
        b$11 = (t$7 << 32'h6) | (t$7 >> 32'h3a);
        b$21 = (t$8 << 32'h37) | (t$8 >> 32'h9);
        b$6 = (t$9 << 32'h14) | (t$9 >> 32'h2c);
        b$7 = (t$10 << 32'h3) | (t$10 >> 32'h3d);
        b$17 = (t$11 << 32'ha) | (t$11 >> 32'h36);
        b$2 = (t$12 << 32'h2b) | (t$12 >> 32'h15);
        b$12 = (t$13 << 32'h19) | (t$13 >> 32'h27);
        b$22 = (t$14 << 32'h27) | (t$14 >> 32'h19);
        b$23 = (t$15 << 32'h29) | (t$15 >> 32'h17);
        b$8 = (t$16 << 32'h2d) | (t$16 >> 32'h13);
        b$18 = (t$17 << 32'hf) | (t$17 >> 32'h31);
        b$3 = (t$18 << 32'h15) | (t$18 >> 32'h2b);
        b$13 = (t$19 << 32'h8) | (t$19 >> 32'h38);
        b$14 = (t$20 << 32'h12) | (t$20 >> 32'h2e);
        b$24 = (t$21 << 32'h2) | (t$21 >> 32'h3e);
        b$9 = (t$22 << 32'h3d) | (t$22 >> 32'h3);
        b$19 = (t$23 << 32'h38) | (t$23 >> 32'h8);
        b$4 = (t$24 << 32'he) | (t$24 >> 32'h32);
        a$25 = b$0 ^ (~b$1 & b$2);
        a$26 = b$1 ^ (~b$2 & b$3);
        a$27 = b$2 ^ (~b$3 & b$4);
        a$28 = b$3 ^ (~b$4 & b$0);
        a$29 = b$4 ^ (~b$0 & b$1);
        a$30 = b$5 ^ (~b$6 & b$7);
        a$31 = b$6 ^ (~b$7 & b$8);
        a$32 = b$7 ^ (~b$8 & b$9);
        a$33 = b$8 ^ (~b$9 & b$5);
        a$34 = b$9 ^ (~b$5 & b$6);
        a$35 = b$10 ^ (~b$11 & b$12);
        a$36 = b$11 ^ (~b$12 & b$13);
        a$37 = b$12 ^ (~b$13 & b$14);
        a$38 = b$13 ^ (~b$14 & b$10);
        a$39 = b$14 ^ (~b$10 & b$11);
        a$40 = b$15 ^ (~b$16 & b$17);
        a$41 = b$16 ^ (~b$17 & b$18);
        a$42 = b$17 ^ (~b$18 & b$19);
        a$43 = b$18 ^ (~b$19 & b$15);
        a$44 = b$19 ^ (~b$15 & b$16);
        a$45 = b$20 ^ (~b$21 & b$22);
        a$46 = b$21 ^ (~b$22 & b$23);
        a$47 = b$22 ^ (~b$23 & b$24);
        a$48 = b$23 ^ (~b$24 & b$20);
        a$49 = b$24 ^ (~b$20 & b$21);
        a$25 = b$0 ^ (~b$1 & b$2) ^ rc$0;
        c$5 = a$25 ^ a$30 ^ a$35 ^ a$40 ^ a$45;
        c$6 = a$26 ^ a$31 ^ a$36 ^ a$41 ^ a$46;
        c$7 = a$27 ^ a$32 ^ a$37 ^ a$42 ^ a$47;
        c$8 = a$28 ^ a$33 ^ a$38 ^ a$43 ^ a$48;
        c$9 = a$29 ^ a$34 ^ a$39 ^ a$44 ^ a$49;
        d$5 = c$9 ^ ((c$6 << 32'h1) | (c$6 >> 32'h3f));
        d$6 = c$5 ^ ((c$7 << 32'h1) | (c$7 >> 32'h3f));
        d$7 = c$6 ^ ((c$8 << 32'h1) | (c$8 >> 32'h3f));
        d$8 = c$7 ^ ((c$9 << 32'h1) | (c$9 >> 32'h3f));
        d$9 = c$8 ^ ((c$5 << 32'h1) | (c$5 >> 32'h3f));
        t$25 = a$25 ^ d$5;
        t$26 = a$26 ^ d$6;
        t$27 = a$27 ^ d$7;
        t$28 = a$28 ^ d$8;
        t$29 = a$29 ^ d$9;
        t$30 = a$30 ^ d$5;
        t$31 = a$31 ^ d$6;
        t$32 = a$32 ^ d$7;
        t$33 = a$33 ^ d$8;
        t$34 = a$34 ^ d$9;
        t$35 = a$35 ^ d$5;
        t$36 = a$36 ^ d$6;
        t$37 = a$37 ^ d$7;
        t$38 = a$38 ^ d$8;
        t$39 = a$39 ^ d$9;
        t$40 = a$40 ^ d$5;
        t$41 = a$41 ^ d$6;
        t$42 = a$42 ^ d$7;
        t$43 = a$43 ^ d$8;
        t$44 = a$44 ^ d$9;
        t$45 = a$45 ^ d$5;
        t$46 = a$46 ^ d$6;
        t$47 = a$47 ^ d$7;
        t$48 = a$48 ^ d$8;
        t$49 = a$49 ^ d$9;
        b$25 = t$25;
        b$35 = (t$26 << 32'h1) | (t$26 >> 32'h3f);
        b$45 = (t$27 << 32'h3e) | (t$27 >> 32'h2);
        b$30 = (t$28 << 32'h1c) | (t$28 >> 32'h24);
        b$40 = (t$29 << 32'h1b) | (t$29 >> 32'h25);
        b$41 = (t$30 << 32'h24) | (t$30 >> 32'h1c);
        b$26 = (t$31 << 32'h2c) | (t$31 >> 32'h14);
        b$36 = (t$32 << 32'h6) | (t$32 >> 32'h3a);
        b$46 = (t$33 << 32'h37) | (t$33 >> 32'h9);
        b$31 = (t$34 << 32'h14) | (t$34 >> 32'h2c);
        b$32 = (t$35 << 32'h3) | (t$35 >> 32'h3d);
        b$42 = (t$36 << 32'ha) | (t$36 >> 32'h36);
        b$27 = (t$37 << 32'h2b) | (t$37 >> 32'h15);
        b$37 = (t$38 << 32'h19) | (t$38 >> 32'h27);
        b$47 = (t$39 << 32'h27) | (t$39 >> 32'h19);
        b$48 = (t$40 << 32'h29) | (t$40 >> 32'h17);
        b$33 = (t$41 << 32'h2d) | (t$41 >> 32'h13);
        b$43 = (t$42 << 32'hf) | (t$42 >> 32'h31);
        b$28 = (t$43 << 32'h15) | (t$43 >> 32'h2b);
        b$38 = (t$44 << 32'h8) | (t$44 >> 32'h38);
        b$39 = (t$45 << 32'h12) | (t$45 >> 32'h2e);
        b$49 = (t$46 << 32'h2) | (t$46 >> 32'h3e);
        b$34 = (t$47 << 32'h3d) | (t$47 >> 32'h3);
        b$44 = (t$48 << 32'h38) | (t$48 >> 32'h8);
        b$29 = (t$49 << 32'he) | (t$49 >> 32'h32);
        a$50 = b$25 ^ (~b$26 & b$27);
        a$51 = b$26 ^ (~b$27 & b$28);
        a$52 = b$27 ^ (~b$28 & b$29);
        a$53 = b$28 ^ (~b$29 & b$25);
        a$54 = b$29 ^ (~b$25 & b$26);
        a$55 = b$30 ^ (~b$31 & b$32);
        a$56 = b$31 ^ (~b$32 & b$33);
        a$57 = b$32 ^ (~b$33 & b$34);
        a$58 = b$33 ^ (~b$34 & b$30);
        a$59 = b$34 ^ (~b$30 & b$31);
        a$60 = b$35 ^ (~b$36 & b$37);
        a$61 = b$36 ^ (~b$37 & b$38);
        a$62 = b$37 ^ (~b$38 & b$39);
        a$63 = b$38 ^ (~b$39 & b$35);
        a$64 = b$39 ^ (~b$35 & b$36);
        a$65 = b$40 ^ (~b$41 & b$42);
        a$66 = b$41 ^ (~b$42 & b$43);
        a$67 = b$42 ^ (~b$43 & b$44);
        a$68 = b$43 ^ (~b$44 & b$40);
        a$69 = b$44 ^ (~b$40 & b$41);
        a$70 = b$45 ^ (~b$46 & b$47);
        a$71 = b$46 ^ (~b$47 & b$48);
        a$72 = b$47 ^ (~b$48 & b$49);
        a$73 = b$48 ^ (~b$49 & b$45);
        a$74 = b$49 ^ (~b$45 & b$46);
        a$50 = b$25 ^ (~b$26 & b$27) ^ rc$1;
        state$0$d = state$0$q ^ xd$0 ^ ed$0;
        state$1$d = state$1$q ^ xd$1 ^ ed$1;
        state$2$d = state$2$q ^ xd$2 ^ ed$2;
        state$3$d = state$3$q ^ xd$3 ^ ed$3;
        state$4$d = state$4$q ^ xd$4 ^ ed$4;
        state$5$d = state$5$q ^ xd$5 ^ ed$5;
        state$6$d = state$6$q ^ xd$6 ^ ed$6;
        state$7$d = state$7$q ^ xd$7 ^ ed$7;
        state$8$d = state$8$q ^ xd$8 ^ ed$8;
        state$9$d = state$9$q ^ xd$9 ^ ed$9;
        state$10$d = state$10$q ^ xd$10 ^ ed$10;
        state$11$d = state$11$q ^ xd$11 ^ ed$11;
        state$12$d = state$12$q ^ xd$12 ^ ed$12;
        state$13$d = state$13$q ^ xd$13 ^ ed$13;
        state$14$d = state$14$q ^ xd$14 ^ ed$14;
        state$15$d = state$15$q ^ xd$15 ^ ed$15;
        state$16$d = state$16$q ^ xd$16 ^ ed$16;
        state$17$d = state$17$q ^ xd$17 ^ ed$17;
        state$18$d = state$18$q ^ xd$18 ^ ed$18;
        state$19$d = state$19$q ^ xd$19 ^ ed$19;
        state$20$d = state$20$q ^ xd$20 ^ ed$20;
        state$21$d = state$21$q ^ xd$21 ^ ed$21;
        state$22$d = state$22$q ^ xd$22 ^ ed$22;
        state$23$d = state$23$q ^ xd$23 ^ ed$23;
        state$24$d = state$24$q ^ xd$24 ^ ed$24;
        if (active) begin
            state$0$d = a$50;
            state$1$d = a$51;
            state$2$d = a$52;
            state$3$d = a$53;
            state$4$d = a$54;
            state$5$d = a$55;
            state$6$d = a$56;
            state$7$d = a$57;
            state$8$d = a$58;
            state$9$d = a$59;
            state$10$d = a$60;
            state$11$d = a$61;
            state$12$d = a$62;
            state$13$d = a$63;
            state$14$d = a$64;
            state$15$d = a$65;
            state$16$d = a$66;
            state$17$d = a$67;
            state$18$d = a$68;
            state$19$d = a$69;
            state$20$d = a$70;
            state$21$d = a$71;
            state$22$d = a$72;
            state$23$d = a$73;
            state$24$d = a$74;
            if (step$q == 32'hc - 32'h1) begin
                run_st$d = 32'h0;
                step$d = 32'h0;
                step_b$d = 32'h0;
                done_r$d = 1'b1;
            end
            else begin
                step$d = step$q + 32'h1;
                step_b$d = step$q + 32'h1;
            end
        end
        else if (start & ~alarm$q) begin
            run_st$d = 32'h7;
        end
        if (clear | reset | alarm$q) begin
            state$0$d = 32'h0;
            state$1$d = 32'h0;
            state$2$d = 32'h0;
            state$3$d = 32'h0;
            state$4$d = 32'h0;
            state$5$d = 32'h0;
            state$6$d = 32'h0;
            state$7$d = 32'h0;
            state$8$d = 32'h0;
            state$9$d = 32'h0;
            state$10$d = 32'h0;
            state$11$d = 32'h0;
            state$12$d = 32'h0;
            state$13$d = 32'h0;
            state$14$d = 32'h0;
            state$15$d = 32'h0;
            state$16$d = 32'h0;
            state$17$d = 32'h0;
            state$18$d = 32'h0;
            state$19$d = 32'h0;
            state$20$d = 32'h0;
            state$21$d = 32'h0;
            state$22$d = 32'h0;
            state$23$d = 32'h0;
            state$24$d = 32'h0;
        end
        if (clear | reset | bad) begin
            run_st$d = 32'h0;
            step$d = 32'h0;
            step_b$d = 32'h0;
            done_r$d = 1'b0;
        end
        if (bad) begin
            alarm$d = 1'b1;
        end
        if (reset) begin
            alarm$d = 1'b0;
        end
    end
    
endmodule // mlkem_engine$sponge$core


module mlkem_engine$sponge$core$alarm(d,q,clock);
    
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
          
endmodule // mlkem_engine$sponge$core$alarm


module mlkem_engine$sponge$core$done_r(d,q,clock);
    
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
          
endmodule // mlkem_engine$sponge$core$done_r


module mlkem_engine$sponge$core$run_st(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$sponge$core$run_st


module mlkem_engine$sponge$core$state$0(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$sponge$core$state$0


module mlkem_engine$sponge$core$state$1(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$sponge$core$state$1


module mlkem_engine$sponge$core$state$10(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$sponge$core$state$10


module mlkem_engine$sponge$core$state$11(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$sponge$core$state$11


module mlkem_engine$sponge$core$state$12(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$sponge$core$state$12


module mlkem_engine$sponge$core$state$13(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$sponge$core$state$13


module mlkem_engine$sponge$core$state$14(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$sponge$core$state$14


module mlkem_engine$sponge$core$state$15(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$sponge$core$state$15


module mlkem_engine$sponge$core$state$16(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$sponge$core$state$16


module mlkem_engine$sponge$core$state$17(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$sponge$core$state$17


module mlkem_engine$sponge$core$state$18(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$sponge$core$state$18


module mlkem_engine$sponge$core$state$19(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$sponge$core$state$19


module mlkem_engine$sponge$core$state$2(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$sponge$core$state$2


module mlkem_engine$sponge$core$state$20(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$sponge$core$state$20


module mlkem_engine$sponge$core$state$21(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$sponge$core$state$21


module mlkem_engine$sponge$core$state$22(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$sponge$core$state$22


module mlkem_engine$sponge$core$state$23(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$sponge$core$state$23


module mlkem_engine$sponge$core$state$24(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$sponge$core$state$24


module mlkem_engine$sponge$core$state$3(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$sponge$core$state$3


module mlkem_engine$sponge$core$state$4(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$sponge$core$state$4


module mlkem_engine$sponge$core$state$5(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$sponge$core$state$5


module mlkem_engine$sponge$core$state$6(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$sponge$core$state$6


module mlkem_engine$sponge$core$state$7(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$sponge$core$state$7


module mlkem_engine$sponge$core$state$8(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$sponge$core$state$8


module mlkem_engine$sponge$core$state$9(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$sponge$core$state$9


module mlkem_engine$sponge$core$step(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$sponge$core$step


module mlkem_engine$sponge$core$step_b(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$sponge$core$step_b


module mlkem_engine$sponge$domain(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$sponge$domain


module mlkem_engine$sponge$done_r(d,q,clock);
    
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
          
endmodule // mlkem_engine$sponge$done_r


module mlkem_engine$sponge$end_wipe(d,q,clock);
    
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
          
endmodule // mlkem_engine$sponge$end_wipe


module mlkem_engine$sponge$err(d,q,clock);
    
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
          
endmodule // mlkem_engine$sponge$err


module mlkem_engine$sponge$fsm(d,q,clock);
    
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
          
endmodule // mlkem_engine$sponge$fsm


module mlkem_engine$sponge$lanes_q(d,q,clock);
    
    // Module arguments
    input wire  [24:0] d;
    output reg  [24:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 25'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$sponge$lanes_q


module mlkem_engine$sponge$last_q(d,q,clock);
    
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
          
endmodule // mlkem_engine$sponge$last_q


module mlkem_engine$sponge$rate_last(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$sponge$rate_last


module mlkem_engine$sponge$remaining(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mlkem_engine$sponge$remaining

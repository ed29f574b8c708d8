

module rfc6979_drbg(clock,reset,zeroize,start,next_k,alg,curve,in_we,in_addr,in_data,k_addr,k_data,k_valid,k_clear,busy,done,error,err_code,fatal);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  zeroize;
    input wire  start;
    input wire  next_k;
    input wire  [1:0] alg;
    input wire  curve;
    input wire  in_we;
    input wire  [3:0] in_addr;
    input wire  [63:0] in_data;
    input wire  [2:0] k_addr;
    output reg  [63:0] k_data;
    output reg  k_valid;
    input wire  k_clear;
    output reg  busy;
    output reg  done;
    output reg  error;
    output reg  [3:0] err_code;
    output reg  fatal;
    
    // Constant declarations
    localparam  s_idle = 6'b0;
    localparam  s_launch = 6'b111;
    localparam  s_run = 6'b11001;
    localparam  st_none = 7'b0;
    localparam  st_d = 7'b110001;
    localparam  st_e = 7'b1010010;
    localparam  st_f = 7'b1100011;
    localparam  st_g = 7'b1100100;
    localparam  st_h = 7'b1010101;
    localparam  st_h2 = 7'b110110;
    localparam  st_uk = 7'b111;
    localparam  st_uv = 7'b1111000;
    localparam  c_v0 = 64'h101010101010101;
    localparam  c_tag1 = 64'h100000000000000;
    
    // Stub signals
    reg  eng$clock;
    reg  eng$reset;
    reg  eng$zeroize;
    reg  eng$start;
    reg  [3:0] eng$mode;
    reg  [7:0] eng$key_len;
    wire  eng$key_re;
    wire  [3:0] eng$key_addr;
    reg  [63:0] eng$key_data;
    reg  [63:0] eng$in_data;
    reg  eng$in_valid;
    reg  eng$in_last;
    reg  [3:0] eng$in_bytes;
    wire  eng$in_ready;
    wire  [63:0] eng$out_data;
    wire  eng$out_valid;
    wire  eng$out_last;
    wire  [3:0] eng$out_bytes;
    reg  eng$out_ready;
    wire  eng$busy;
    wire  eng$done;
    wire  eng$error;
    wire  [3:0] eng$err_code;
    wire  eng$fatal;
    reg  [5:0] fsm$d;
    wire  [5:0] fsm$q;
    reg  fsm$clock;
    reg  [6:0] step$d;
    wire  [6:0] step$q;
    reg  step$clock;
    reg  [1:0] alg_r$d;
    wire  [1:0] alg_r$q;
    reg  alg_r$clock;
    reg  [1:0] alg_n$d;
    wire  [1:0] alg_n$q;
    reg  alg_n$clock;
    reg  [2:0] crv$d;
    wire  [2:0] crv$q;
    reg  crv$clock;
    reg  [2:0] have$d;
    wire  [2:0] have$q;
    reg  have$clock;
    reg  [2:0] kval$d;
    wire  [2:0] kval$q;
    reg  kval$clock;
    reg  [4:0] cnt$d;
    wire  [4:0] cnt$q;
    reg  cnt$clock;
    reg  [4:0] cnt_b$d;
    wire  [4:0] cnt_b$q;
    reg  cnt_b$clock;
    reg  [3:0] ocnt$d;
    wire  [3:0] ocnt$q;
    reg  ocnt$clock;
    reg  [3:0] ocnt_b$d;
    wire  [3:0] ocnt_b$q;
    reg  ocnt_b$clock;
    reg  [63:0] x_reg$0$d;
    wire  [63:0] x_reg$0$q;
    reg  x_reg$0$clock;
    reg  [63:0] x_reg$1$d;
    wire  [63:0] x_reg$1$q;
    reg  x_reg$1$clock;
    reg  [63:0] x_reg$2$d;
    wire  [63:0] x_reg$2$q;
    reg  x_reg$2$clock;
    reg  [63:0] x_reg$3$d;
    wire  [63:0] x_reg$3$q;
    reg  x_reg$3$clock;
    reg  [63:0] x_reg$4$d;
    wire  [63:0] x_reg$4$q;
    reg  x_reg$4$clock;
    reg  [63:0] x_reg$5$d;
    wire  [63:0] x_reg$5$q;
    reg  x_reg$5$clock;
    reg  [63:0] h1_reg$0$d;
    wire  [63:0] h1_reg$0$q;
    reg  h1_reg$0$clock;
    reg  [63:0] h1_reg$1$d;
    wire  [63:0] h1_reg$1$q;
    reg  h1_reg$1$clock;
    reg  [63:0] h1_reg$2$d;
    wire  [63:0] h1_reg$2$q;
    reg  h1_reg$2$clock;
    reg  [63:0] h1_reg$3$d;
    wire  [63:0] h1_reg$3$q;
    reg  h1_reg$3$clock;
    reg  [63:0] h1_reg$4$d;
    wire  [63:0] h1_reg$4$q;
    reg  h1_reg$4$clock;
    reg  [63:0] h1_reg$5$d;
    wire  [63:0] h1_reg$5$q;
    reg  h1_reg$5$clock;
    reg  [63:0] k_reg$0$d;
    wire  [63:0] k_reg$0$q;
    reg  k_reg$0$clock;
    reg  [63:0] k_reg$1$d;
    wire  [63:0] k_reg$1$q;
    reg  k_reg$1$clock;
    reg  [63:0] k_reg$2$d;
    wire  [63:0] k_reg$2$q;
    reg  k_reg$2$clock;
    reg  [63:0] k_reg$3$d;
    wire  [63:0] k_reg$3$q;
    reg  k_reg$3$clock;
    reg  [63:0] k_reg$4$d;
    wire  [63:0] k_reg$4$q;
    reg  k_reg$4$clock;
    reg  [63:0] k_reg$5$d;
    wire  [63:0] k_reg$5$q;
    reg  k_reg$5$clock;
    reg  [63:0] k_reg$6$d;
    wire  [63:0] k_reg$6$q;
    reg  k_reg$6$clock;
    reg  [63:0] k_reg$7$d;
    wire  [63:0] k_reg$7$q;
    reg  k_reg$7$clock;
    reg  [63:0] v_reg$0$d;
    wire  [63:0] v_reg$0$q;
    reg  v_reg$0$clock;
    reg  [63:0] v_reg$1$d;
    wire  [63:0] v_reg$1$q;
    reg  v_reg$1$clock;
    reg  [63:0] v_reg$2$d;
    wire  [63:0] v_reg$2$q;
    reg  v_reg$2$clock;
    reg  [63:0] v_reg$3$d;
    wire  [63:0] v_reg$3$q;
    reg  v_reg$3$clock;
    reg  [63:0] v_reg$4$d;
    wire  [63:0] v_reg$4$q;
    reg  v_reg$4$clock;
    reg  [63:0] v_reg$5$d;
    wire  [63:0] v_reg$5$q;
    reg  v_reg$5$clock;
    reg  [63:0] v_reg$6$d;
    wire  [63:0] v_reg$6$q;
    reg  v_reg$6$clock;
    reg  [63:0] v_reg$7$d;
    wire  [63:0] v_reg$7$q;
    reg  v_reg$7$clock;
    reg  [63:0] t_reg$0$d;
    wire  [63:0] t_reg$0$q;
    reg  t_reg$0$clock;
    reg  [63:0] t_reg$1$d;
    wire  [63:0] t_reg$1$q;
    reg  t_reg$1$clock;
    reg  [63:0] t_reg$2$d;
    wire  [63:0] t_reg$2$q;
    reg  t_reg$2$clock;
    reg  [63:0] t_reg$3$d;
    wire  [63:0] t_reg$3$q;
    reg  t_reg$3$clock;
    reg  [63:0] t_reg$4$d;
    wire  [63:0] t_reg$4$q;
    reg  t_reg$4$clock;
    reg  [63:0] t_reg$5$d;
    wire  [63:0] t_reg$5$q;
    reg  t_reg$5$clock;
    reg  err$d;
    wire  err$q;
    reg  err$clock;
    reg  [3:0] code$d;
    wire  [3:0] code$q;
    reg  code$clock;
    reg  done_r$d;
    wire  done_r$q;
    reg  done_r$clock;
    reg  alarm$d;
    wire  alarm$q;
    reg  alarm$clock;
    
    // Local signals
    reg  is_idle;
    reg  is_launch;
    reg  is_run;
    reg  is_d;
    reg  is_f;
    reg  is_h;
    reg  is_h2;
    reg  is_uk;
    reg  step_ok;
    reg  flags_ok;
    reg  cfg_ok;
    reg  live;
    reg  bad;
    reg  wipe;
    reg  held;
    reg  released;
    reg  p384;
    reg  two_v;
    reg  [4:0] hw;
    reg  [4:0] m_hw;
    reg  [4:0] ll;
    reg  [4:0] tail;
    reg  [4:0] total;
    reg  [4:0] cnt_nx;
    reg  [3:0] ocnt_nx;
    reg  [63:0] yx$0;
    reg  [63:0] yx$1;
    reg  [63:0] yx$2;
    reg  [63:0] yx$3;
    reg  [63:0] yx$4;
    reg  [63:0] yx$5;
    reg  [63:0] yx$6;
    reg  [63:0] yx$7;
    reg  [63:0] yx$8;
    reg  [63:0] yx$9;
    reg  [63:0] yx$10;
    reg  [63:0] yx$11;
    reg  [63:0] yx$12;
    reg  [63:0] yx$13;
    reg  [63:0] tw$0;
    reg  [63:0] tw$1;
    reg  [63:0] tw$2;
    reg  [63:0] tw$3;
    reg  [63:0] tw$4;
    reg  [63:0] tw$5;
    reg  [63:0] tw$6;
    reg  [63:0] tw$7;
    reg  [63:0] tw$8;
    reg  [63:0] tw$9;
    reg  [63:0] tw$10;
    reg  [63:0] tw$11;
    reg  [63:0] tw$12;
    reg  [7:0] c_oh;
    reg  [4:0] j;
    reg  [12:0] j_oh;
    reg  [63:0] sdata;
    reg  s_valid;
    reg  s_last;
    reg  take;
    reg  to_k;
    reg  [7:0] o_oh;
    reg  [4:0] gidx;
    reg  [4:0] lidx;
    reg  [5:0] l_oh;
    reg  [63:0] ob;
    reg  [63:0] ib;
    reg  [63:0] kd;
    reg  [7:0] ka_oh;
    reg  [5:0] kd_oh;
    reg  [63:0] kout;
    reg  [15:0] a_oh;
    
    // Sub module instances
    rfc6979_drbg$eng eng(
        .clock(eng$clock),
        .reset(eng$reset),
        .zeroize(eng$zeroize),
        .start(eng$start),
        .mode(eng$mode),
        .key_len(eng$key_len),
        .key_re(eng$key_re),
        .key_addr(eng$key_addr),
        .key_data(eng$key_data),
        .in_data(eng$in_data),
        .in_valid(eng$in_valid),
        .in_last(eng$in_last),
        .in_bytes(eng$in_bytes),
        .in_ready(eng$in_ready),
        .out_data(eng$out_data),
        .out_valid(eng$out_valid),
        .out_last(eng$out_last),
        .out_bytes(eng$out_bytes),
        .out_ready(eng$out_ready),
        .busy(eng$busy),
        .done(eng$done),
        .error(eng$error),
        .err_code(eng$err_code),
        .fatal(eng$fatal)
    );
    rfc6979_drbg$fsm fsm(
        .d(fsm$d),
        .q(fsm$q),
        .clock(fsm$clock)
    );
    rfc6979_drbg$step step(
        .d(step$d),
        .q(step$q),
        .clock(step$clock)
    );
    rfc6979_drbg$alg_r alg_r(
        .d(alg_r$d),
        .q(alg_r$q),
        .clock(alg_r$clock)
    );
    rfc6979_drbg$alg_n alg_n(
        .d(alg_n$d),
        .q(alg_n$q),
        .clock(alg_n$clock)
    );
    rfc6979_drbg$crv crv(
        .d(crv$d),
        .q(crv$q),
        .clock(crv$clock)
    );
    rfc6979_drbg$have have(
        .d(have$d),
        .q(have$q),
        .clock(have$clock)
    );
    rfc6979_drbg$kval kval(
        .d(kval$d),
        .q(kval$q),
        .clock(kval$clock)
    );
    rfc6979_drbg$cnt cnt(
        .d(cnt$d),
        .q(cnt$q),
        .clock(cnt$clock)
    );
    rfc6979_drbg$cnt_b cnt_b(
        .d(cnt_b$d),
        .q(cnt_b$q),
        .clock(cnt_b$clock)
    );
    rfc6979_drbg$ocnt ocnt(
        .d(ocnt$d),
        .q(ocnt$q),
        .clock(ocnt$clock)
    );
    rfc6979_drbg$ocnt_b ocnt_b(
        .d(ocnt_b$d),
        .q(ocnt_b$q),
        .clock(ocnt_b$clock)
    );
    rfc6979_drbg$x_reg$0 x_reg$0(
        .d(x_reg$0$d),
        .q(x_reg$0$q),
        .clock(x_reg$0$clock)
    );
    rfc6979_drbg$x_reg$1 x_reg$1(
        .d(x_reg$1$d),
        .q(x_reg$1$q),
        .clock(x_reg$1$clock)
    );
    rfc6979_drbg$x_reg$2 x_reg$2(
        .d(x_reg$2$d),
        .q(x_reg$2$q),
        .clock(x_reg$2$clock)
    );
    rfc6979_drbg$x_reg$3 x_reg$3(
        .d(x_reg$3$d),
        .q(x_reg$3$q),
        .clock(x_reg$3$clock)
    );
    rfc6979_drbg$x_reg$4 x_reg$4(
        .d(x_reg$4$d),
        .q(x_reg$4$q),
        .clock(x_reg$4$clock)
    );
    rfc6979_drbg$x_reg$5 x_reg$5(
        .d(x_reg$5$d),
        .q(x_reg$5$q),
        .clock(x_reg$5$clock)
    );
    rfc6979_drbg$h1_reg$0 h1_reg$0(
        .d(h1_reg$0$d),
        .q(h1_reg$0$q),
        .clock(h1_reg$0$clock)
    );
    rfc6979_drbg$h1_reg$1 h1_reg$1(
        .d(h1_reg$1$d),
        .q(h1_reg$1$q),
        .clock(h1_reg$1$clock)
    );
    rfc6979_drbg$h1_reg$2 h1_reg$2(
        .d(h1_reg$2$d),
        .q(h1_reg$2$q),
        .clock(h1_reg$2$clock)
    );
    rfc6979_drbg$h1_reg$3 h1_reg$3(
        .d(h1_reg$3$d),
        .q(h1_reg$3$q),
        .clock(h1_reg$3$clock)
    );
    rfc6979_drbg$h1_reg$4 h1_reg$4(
        .d(h1_reg$4$d),
        .q(h1_reg$4$q),
        .clock(h1_reg$4$clock)
    );
    rfc6979_drbg$h1_reg$5 h1_reg$5(
        .d(h1_reg$5$d),
        .q(h1_reg$5$q),
        .clock(h1_reg$5$clock)
    );
    rfc6979_drbg$k_reg$0 k_reg$0(
        .d(k_reg$0$d),
        .q(k_reg$0$q),
        .clock(k_reg$0$clock)
    );
    rfc6979_drbg$k_reg$1 k_reg$1(
        .d(k_reg$1$d),
        .q(k_reg$1$q),
        .clock(k_reg$1$clock)
    );
    rfc6979_drbg$k_reg$2 k_reg$2(
        .d(k_reg$2$d),
        .q(k_reg$2$q),
        .clock(k_reg$2$clock)
    );
    rfc6979_drbg$k_reg$3 k_reg$3(
        .d(k_reg$3$d),
        .q(k_reg$3$q),
        .clock(k_reg$3$clock)
    );
    rfc6979_drbg$k_reg$4 k_reg$4(
        .d(k_reg$4$d),
        .q(k_reg$4$q),
        .clock(k_reg$4$clock)
    );
    rfc6979_drbg$k_reg$5 k_reg$5(
        .d(k_reg$5$d),
        .q(k_reg$5$q),
        .clock(k_reg$5$clock)
    );
    rfc6979_drbg$k_reg$6 k_reg$6(
        .d(k_reg$6$d),
        .q(k_reg$6$q),
        .clock(k_reg$6$clock)
    );
    rfc6979_drbg$k_reg$7 k_reg$7(
        .d(k_reg$7$d),
        .q(k_reg$7$q),
        .clock(k_reg$7$clock)
    );
    rfc6979_drbg$v_reg$0 v_reg$0(
        .d(v_reg$0$d),
        .q(v_reg$0$q),
        .clock(v_reg$0$clock)
    );
    rfc6979_drbg$v_reg$1 v_reg$1(
        .d(v_reg$1$d),
        .q(v_reg$1$q),
        .clock(v_reg$1$clock)
    );
    rfc6979_drbg$v_reg$2 v_reg$2(
        .d(v_reg$2$d),
        .q(v_reg$2$q),
        .clock(v_reg$2$clock)
    );
    rfc6979_drbg$v_reg$3 v_reg$3(
        .d(v_reg$3$d),
        .q(v_reg$3$q),
        .clock(v_reg$3$clock)
    );
    rfc6979_drbg$v_reg$4 v_reg$4(
        .d(v_reg$4$d),
        .q(v_reg$4$q),
        .clock(v_reg$4$clock)
    );
    rfc6979_drbg$v_reg$5 v_reg$5(
        .d(v_reg$5$d),
        .q(v_reg$5$q),
        .clock(v_reg$5$clock)
    );
    rfc6979_drbg$v_reg$6 v_reg$6(
        .d(v_reg$6$d),
        .q(v_reg$6$q),
        .clock(v_reg$6$clock)
    );
    rfc6979_drbg$v_reg$7 v_reg$7(
        .d(v_reg$7$d),
        .q(v_reg$7$q),
        .clock(v_reg$7$clock)
    );
    rfc6979_drbg$t_reg$0 t_reg$0(
        .d(t_reg$0$d),
        .q(t_reg$0$q),
        .clock(t_reg$0$clock)
    );
    rfc6979_drbg$t_reg$1 t_reg$1(
        .d(t_reg$1$d),
        .q(t_reg$1$q),
        .clock(t_reg$1$clock)
    );
    rfc6979_drbg$t_reg$2 t_reg$2(
        .d(t_reg$2$d),
        .q(t_reg$2$q),
        .clock(t_reg$2$clock)
    );
    rfc6979_drbg$t_reg$3 t_reg$3(
        .d(t_reg$3$d),
        .q(t_reg$3$q),
        .clock(t_reg$3$clock)
    );
    rfc6979_drbg$t_reg$4 t_reg$4(
        .d(t_reg$4$d),
        .q(t_reg$4$q),
        .clock(t_reg$4$clock)
    );
    rfc6979_drbg$t_reg$5 t_reg$5(
        .d(t_reg$5$d),
        .q(t_reg$5$q),
        .clock(t_reg$5$clock)
    );
    rfc6979_drbg$err err(
        .d(err$d),
        .q(err$q),
        .clock(err$clock)
    );
    rfc6979_drbg$code code(
        .d(code$d),
        .q(code$q),
        .clock(code$clock)
    );
    rfc6979_drbg$done_r done_r(
        .d(done_r$d),
        .q(done_r$q),
        .clock(done_r$clock)
    );
    rfc6979_drbg$alarm alarm(
        .d(alarm$d),
        .q(alarm$q),
        .clock(alarm$clock)
    );
    
    // Update code
    always @(*) begin
        fsm$clock = clock;
        step$clock = clock;
        alg_r$clock = clock;
        alg_n$clock = clock;
        crv$clock = clock;
        have$clock = clock;
        kval$clock = clock;
        cnt$clock = clock;
        cnt_b$clock = clock;
        ocnt$clock = clock;
        ocnt_b$clock = clock;
        err$clock = clock;
        code$clock = clock;
        done_r$clock = clock;
        alarm$clock = clock;
        fsm$d = fsm$q;
        step$d = step$q;
        alg_r$d = alg_r$q;
        alg_n$d = alg_n$q;
        crv$d = crv$q;
        have$d = have$q;
        kval$d = kval$q;
        cnt$d = cnt$q;
        cnt_b$d = cnt_b$q;
        ocnt$d = ocnt$q;
        ocnt_b$d = ocnt_b$q;
        err$d = err$q;
        code$d = code$q;
        done_r$d = done_r$q;
        alarm$d = alarm$q;
        x_reg$0$clock = clock;
        x_reg$0$d = x_reg$0$q;
        h1_reg$0$clock = clock;
        h1_reg$0$d = h1_reg$0$q;
        t_reg$0$clock = clock;
        t_reg$0$d = t_reg$0$q;
        x_reg$1$clock = clock;
        x_reg$1$d = x_reg$1$q;
        h1_reg$1$clock = clock;
        h1_reg$1$d = h1_reg$1$q;
        t_reg$1$clock = clock;
        t_reg$1$d = t_reg$1$q;
        x_reg$2$clock = clock;
        x_reg$2$d = x_reg$2$q;
        h1_reg$2$clock = clock;
        h1_reg$2$d = h1_reg$2$q;
        t_reg$2$clock = clock;
        t_reg$2$d = t_reg$2$q;
        x_reg$3$clock = clock;
        x_reg$3$d = x_reg$3$q;
        h1_reg$3$clock = clock;
        h1_reg$3$d = h1_reg$3$q;
        t_reg$3$clock = clock;
        t_reg$3$d = t_reg$3$q;
        x_reg$4$clock = clock;
        x_reg$4$d = x_reg$4$q;
        h1_reg$4$clock = clock;
        h1_reg$4$d = h1_reg$4$q;
        t_reg$4$clock = clock;
        t_reg$4$d = t_reg$4$q;
        x_reg$5$clock = clock;
        x_reg$5$d = x_reg$5$q;
        h1_reg$5$clock = clock;
        h1_reg$5$d = h1_reg$5$q;
        t_reg$5$clock = clock;
        t_reg$5$d = t_reg$5$q;
        k_reg$0$clock = clock;
        k_reg$0$d = k_reg$0$q;
        v_reg$0$clock = clock;
        v_reg$0$d = v_reg$0$q;
        k_reg$1$clock = clock;
        k_reg$1$d = k_reg$1$q;
        v_reg$1$clock = clock;
        v_reg$1$d = v_reg$1$q;
        k_reg$2$clock = clock;
        k_reg$2$d = k_reg$2$q;
        v_reg$2$clock = clock;
        v_reg$2$d = v_reg$2$q;
        k_reg$3$clock = clock;
        k_reg$3$d = k_reg$3$q;
        v_reg$3$clock = clock;
        v_reg$3$d = v_reg$3$q;
        k_reg$4$clock = clock;
        k_reg$4$d = k_reg$4$q;
        v_reg$4$clock = clock;
        v_reg$4$d = v_reg$4$q;
        k_reg$5$clock = clock;
        k_reg$5$d = k_reg$5$q;
        v_reg$5$clock = clock;
        v_reg$5$d = v_reg$5$q;
        k_reg$6$clock = clock;
        k_reg$6$d = k_reg$6$q;
        v_reg$6$clock = clock;
        v_reg$6$d = v_reg$6$q;
        k_reg$7$clock = clock;
        k_reg$7$d = k_reg$7$q;
        v_reg$7$clock = clock;
        v_reg$7$d = v_reg$7$q;
        cnt_nx = cnt$q;
        ocnt_nx = ocnt$q;
        done_r$d = 1'b0;
        is_idle = fsm$q == s_idle;
        is_launch = fsm$q == s_launch;
        is_run = fsm$q == s_run;
        is_d = step$q == st_d;
        is_f = step$q == st_f;
        is_h = step$q == st_h;
        is_h2 = step$q == st_h2;
        is_uk = step$q == st_uk;
        held = have$q == 32'h7;
        released = kval$q == 32'h7;
        p384 = crv$q == 32'h7;
        live = ~is_idle | held;
        step_ok = (step$q == st_none) | is_d | (step$q == st_e) | is_f | (step$q == st_g) | is_h | is_h2 | is_uk | (step$q == st_uv);
        flags_ok = ((crv$q == 32'h0) | (crv$q == 32'h7)) & ((have$q == 32'h0) | (have$q == 32'h7)) & ((kval$q == 32'h0) | (kval$q == 32'h7)) & (cnt$q == cnt_b$q) & (ocnt$q == ocnt_b$q);
        cfg_ok = 1'b1;
        if (live) begin
            if (((alg_r$q ^ alg_n$q) != 32'h3) | (alg_r$q == 32'h3)) begin
                cfg_ok = 1'b0;
            end
        end
        else if ((alg_r$q != 32'h0) | (alg_n$q != 32'h0) | (crv$q != 32'h0)) begin
            cfg_ok = 1'b0;
        end
        bad = ~(is_idle | is_launch | is_run) | ~step_ok | ~flags_ok | ~cfg_ok;
        if (is_idle ^ (step$q == st_none)) begin
            bad = 1'b1;
        end
        if ((released & ~held) | (held & ~is_idle)) begin
            bad = 1'b1;
        end
        if (~is_run & ((cnt$q != 32'h0) | (ocnt$q != 32'h0))) begin
            bad = 1'b1;
        end
        if ((is_run ^ eng$busy) | eng$fatal | eng$error) begin
            bad = 1'b1;
        end
        if (is_run & (eng$done | (eng$out_valid & (eng$out_bytes != 32'h8)))) begin
            bad = 1'b1;
        end
        hw = 32'h4;
        if (alg_r$q == 32'h1) begin
            hw = 32'h6;
        end
        if (alg_r$q == 32'h2) begin
            hw = 32'h8;
        end
        m_hw = 32'h4;
        if (alg == 32'h1) begin
            m_hw = 32'h6;
        end
        if (alg == 32'h2) begin
            m_hw = 32'h8;
        end
        ll = 32'h4;
        if (p384) begin
            ll = 32'h6;
        end
        two_v = (alg_r$q == 32'h0) & p384;
        tail = 32'h0;
        if (is_d | is_f) begin
            tail = (ll << 32'h1) + 32'h1;
        end
        if (is_uk) begin
            tail = 32'h1;
        end
        total = hw + tail;
        yx$0 = 32'h0;
        yx$1 = 32'h0;
        yx$2 = 32'h0;
        yx$3 = 32'h0;
        yx$4 = 32'h0;
        yx$5 = 32'h0;
        yx$6 = 32'h0;
        yx$7 = 32'h0;
        yx$8 = 32'h0;
        yx$9 = 32'h0;
        yx$10 = 32'h0;
        yx$11 = 32'h0;
        yx$12 = 32'h0;
        yx$13 = 32'h0;
        if (is_f) begin
            yx$0 = c_tag1;
        end
        if (p384) begin
            yx$1 = x_reg$5$q;
            yx$7 = h1_reg$5$q;
            yx$2 = x_reg$4$q;
            yx$8 = h1_reg$4$q;
            yx$3 = x_reg$3$q;
            yx$9 = h1_reg$3$q;
            yx$4 = x_reg$2$q;
            yx$10 = h1_reg$2$q;
            yx$5 = x_reg$1$q;
            yx$11 = h1_reg$1$q;
            yx$6 = x_reg$0$q;
            yx$12 = h1_reg$0$q;
        end
        else begin
            yx$1 = x_reg$3$q;
            yx$5 = h1_reg$3$q;
            yx$2 = x_reg$2$q;
            yx$6 = h1_reg$2$q;
            yx$3 = x_reg$1$q;
            yx$7 = h1_reg$1$q;
            yx$4 = x_reg$0$q;
            yx$8 = h1_reg$0$q;
        end
        tw$0 = (yx$0 >> 32'h38) | (yx$1 << 32'h8);
        tw$1 = (yx$1 >> 32'h38) | (yx$2 << 32'h8);
        tw$2 = (yx$2 >> 32'h38) | (yx$3 << 32'h8);
        tw$3 = (yx$3 >> 32'h38) | (yx$4 << 32'h8);
        tw$4 = (yx$4 >> 32'h38) | (yx$5 << 32'h8);
        tw$5 = (yx$5 >> 32'h38) | (yx$6 << 32'h8);
        tw$6 = (yx$6 >> 32'h38) | (yx$7 << 32'h8);
        tw$7 = (yx$7 >> 32'h38) | (yx$8 << 32'h8);
        tw$8 = (yx$8 >> 32'h38) | (yx$9 << 32'h8);
        tw$9 = (yx$9 >> 32'h38) | (yx$10 << 32'h8);
        tw$10 = (yx$10 >> 32'h38) | (yx$11 << 32'h8);
        tw$11 = (yx$11 >> 32'h38) | (yx$12 << 32'h8);
        tw$12 = (yx$12 >> 32'h38) | (yx$13 << 32'h8);
        c_oh = ((32'h1) & 8'hff) << cnt$q;
        j = cnt$q - hw;
        j_oh = ((32'h1) & 13'h1fff) << j;
        sdata = 32'h0;
        if (cnt$q < hw) begin
            if (c_oh[0]) begin
                sdata = v_reg$0$q;
            end
            if (c_oh[1]) begin
                sdata = v_reg$1$q;
            end
            if (c_oh[2]) begin
                sdata = v_reg$2$q;
            end
            if (c_oh[3]) begin
                sdata = v_reg$3$q;
            end
            if (c_oh[4]) begin
                sdata = v_reg$4$q;
            end
            if (c_oh[5]) begin
                sdata = v_reg$5$q;
            end
            if (c_oh[6]) begin
                sdata = v_reg$6$q;
            end
            if (c_oh[7]) begin
                sdata = v_reg$7$q;
            end
        end
        else begin
            if (j_oh[0]) begin
                sdata = tw$0;
            end
            if (j_oh[1]) begin
                sdata = tw$1;
            end
            if (j_oh[2]) begin
                sdata = tw$2;
            end
            if (j_oh[3]) begin
                sdata = tw$3;
            end
            if (j_oh[4]) begin
                sdata = tw$4;
            end
            if (j_oh[5]) begin
                sdata = tw$5;
            end
            if (j_oh[6]) begin
                sdata = tw$6;
            end
            if (j_oh[7]) begin
                sdata = tw$7;
            end
            if (j_oh[8]) begin
                sdata = tw$8;
            end
            if (j_oh[9]) begin
                sdata = tw$9;
            end
            if (j_oh[10]) begin
                sdata = tw$10;
            end
            if (j_oh[11]) begin
                sdata = tw$11;
            end
            if (j_oh[12]) begin
                sdata = tw$12;
            end
        end
        s_valid = is_run & (cnt$q < total);
        s_last = cnt$q == (total - 32'h1);
        ib = (((in_data[(32'h0)+:(8)]) & 64'hffffffffffffffff) << 32'h38) | (((in_data[(32'h8)+:(8)]) & 64'hffffffffffffffff) << 32'h30) | (((in_data[(32'h10)+:(8)]) & 64'hffffffffffffffff) << 32'h28) | (((in_data[(32'h18)+:(8)]) & 64'hffffffffffffffff) << 32'h20) | (((in_data[(32'h20)+:(8)]) & 64'hffffffffffffffff) << 32'h18) | (((in_data[(32'h28)+:(8)]) & 64'hffffffffffffffff) << 32'h10) | (((in_data[(32'h30)+:(8)]) & 64'hffffffffffffffff) << 32'h8) | ((in_data[(32'h38)+:(8)]) & 64'hffffffffffffffff);
        ob = (((eng$out_data[(32'h0)+:(8)]) & 64'hffffffffffffffff) << 32'h38) | (((eng$out_data[(32'h8)+:(8)]) & 64'hffffffffffffffff) << 32'h30) | (((eng$out_data[(32'h10)+:(8)]) & 64'hffffffffffffffff) << 32'h28) | (((eng$out_data[(32'h18)+:(8)]) & 64'hffffffffffffffff) << 32'h20) | (((eng$out_data[(32'h20)+:(8)]) & 64'hffffffffffffffff) << 32'h18) | (((eng$out_data[(32'h28)+:(8)]) & 64'hffffffffffffffff) << 32'h10) | (((eng$out_data[(32'h30)+:(8)]) & 64'hffffffffffffffff) << 32'h8) | ((eng$out_data[(32'h38)+:(8)]) & 64'hffffffffffffffff);
        eng$clock = clock;
        eng$reset = reset;
        eng$zeroize = zeroize | alarm$q;
        eng$start = is_launch;
        eng$mode = ((alg_r$q) & 4'hf) + 32'h9;
        eng$key_len = ((hw) & 8'hff) << 32'h3;
        ka_oh = ((32'h1) & 8'hff) << eng$key_addr;
        kd = 32'h0;
        if (eng$key_re) begin
            if (ka_oh[0]) begin
                kd = k_reg$0$q;
            end
            if (ka_oh[1]) begin
                kd = k_reg$1$q;
            end
            if (ka_oh[2]) begin
                kd = k_reg$2$q;
            end
            if (ka_oh[3]) begin
                kd = k_reg$3$q;
            end
            if (ka_oh[4]) begin
                kd = k_reg$4$q;
            end
            if (ka_oh[5]) begin
                kd = k_reg$5$q;
            end
            if (ka_oh[6]) begin
                kd = k_reg$6$q;
            end
            if (ka_oh[7]) begin
                kd = k_reg$7$q;
            end
        end
        eng$key_data = kd;
        eng$in_valid = s_valid;
        eng$in_data = 32'h0;
        eng$in_last = 1'b0;
        eng$in_bytes = 32'h0;
        if (s_valid) begin
            eng$in_data = sdata;
            eng$in_last = s_last;
            eng$in_bytes = 32'h8;
            if (s_last & (tail != 32'h0)) begin
                eng$in_bytes = 32'h1;
            end
        end
        eng$out_ready = is_run;
        if (s_valid & eng$in_ready) begin
            cnt_nx = cnt$q + 32'h1;
        end
        take = is_run & eng$out_valid;
        to_k = is_d | is_f | is_uk;
        o_oh = ((32'h1) & 8'hff) << ocnt$q;
        gidx = ((ocnt$q) & 5'h1f);
        if (is_h2) begin
            gidx = ((ocnt$q) & 5'h1f) + hw;
        end
        lidx = (ll - gidx) - 32'h1;
        l_oh = 32'h0;
        if (gidx < ll) begin
            l_oh = ((32'h1) & 6'h3f) << lidx;
        end
        if (is_launch) begin
            fsm$d = s_run;
        end
        if (take) begin
            if (o_oh[0]) begin
                if (to_k) begin
                    k_reg$0$d = eng$out_data;
                end
                else begin
                    v_reg$0$d = eng$out_data;
                end
            end
            if (o_oh[1]) begin
                if (to_k) begin
                    k_reg$1$d = eng$out_data;
                end
                else begin
                    v_reg$1$d = eng$out_data;
                end
            end
            if (o_oh[2]) begin
                if (to_k) begin
                    k_reg$2$d = eng$out_data;
                end
                else begin
                    v_reg$2$d = eng$out_data;
                end
            end
            if (o_oh[3]) begin
                if (to_k) begin
                    k_reg$3$d = eng$out_data;
                end
                else begin
                    v_reg$3$d = eng$out_data;
                end
            end
            if (o_oh[4]) begin
                if (to_k) begin
                    k_reg$4$d = eng$out_data;
                end
                else begin
                    v_reg$4$d = eng$out_data;
                end
            end
            if (o_oh[5]) begin
                if (to_k) begin
                    k_reg$5$d = eng$out_data;
                end
                else begin
                    v_reg$5$d = eng$out_data;
                end
            end
            if (o_oh[6]) begin
                if (to_k) begin
                    k_reg$6$d = eng$out_data;
                end
                else begin
                    v_reg$6$d = eng$out_data;
                end
            end
            if (o_oh[7]) begin
                if (to_k) begin
                    k_reg$7$d = eng$out_data;
                end
                else begin
                    v_reg$7$d = eng$out_data;
                end
            end
            if (is_h | is_h2) begin
                if (l_oh[0]) begin
                    t_reg$0$d = ob;
                end
                if (l_oh[1]) begin
                    t_reg$1$d = ob;
                end
                if (l_oh[2]) begin
                    t_reg$2$d = ob;
                end
                if (l_oh[3]) begin
                    t_reg$3$d = ob;
                end
                if (l_oh[4]) begin
                    t_reg$4$d = ob;
                end
                if (l_oh[5]) begin
                    t_reg$5$d = ob;
                end
            end
            ocnt_nx = ocnt$q + 32'h1;
            if (eng$out_last) begin
                ocnt_nx = 32'h0;
                cnt_nx = 32'h0;
                fsm$d = s_launch;
                if (is_d) begin
                    step$d = st_e;
                end
                else if (step$q == st_e) begin
                    step$d = st_f;
                end
                else if (is_f) begin
                    step$d = st_g;
                    x_reg$0$d = 32'h0;
                    h1_reg$0$d = 32'h0;
                    x_reg$1$d = 32'h0;
                    h1_reg$1$d = 32'h0;
                    x_reg$2$d = 32'h0;
                    h1_reg$2$d = 32'h0;
                    x_reg$3$d = 32'h0;
                    h1_reg$3$d = 32'h0;
                    x_reg$4$d = 32'h0;
                    h1_reg$4$d = 32'h0;
                    x_reg$5$d = 32'h0;
                    h1_reg$5$d = 32'h0;
                end
                else if (step$q == st_g) begin
                    step$d = st_h;
                end
                else if (is_h & two_v) begin
                    step$d = st_h2;
                end
                else if (is_uk) begin
                    step$d = st_uv;
                end
                else if (step$q == st_uv) begin
                    step$d = st_h;
                end
                else begin
                    step$d = st_none;
                    fsm$d = s_idle;
                    have$d = 32'h7;
                    kval$d = 32'h7;
                    done_r$d = 1'b1;
                end
            end
        end
        a_oh = ((32'h1) & 16'hffff) << in_addr;
        if (is_idle) begin
            if (in_we) begin
                if (a_oh[32'h6] | a_oh[32'h7] | a_oh[32'he] | a_oh[32'hf]) begin
                    err$d = 1'b1;
                    code$d = 32'h5;
                end
                if (a_oh[0]) begin
                    x_reg$0$d = ib;
                end
                if (a_oh[32'h8 + 0]) begin
                    h1_reg$0$d = ib;
                end
                if (a_oh[1]) begin
                    x_reg$1$d = ib;
                end
                if (a_oh[32'h8 + 1]) begin
                    h1_reg$1$d = ib;
                end
                if (a_oh[2]) begin
                    x_reg$2$d = ib;
                end
                if (a_oh[32'h8 + 2]) begin
                    h1_reg$2$d = ib;
                end
                if (a_oh[3]) begin
                    x_reg$3$d = ib;
                end
                if (a_oh[32'h8 + 3]) begin
                    h1_reg$3$d = ib;
                end
                if (a_oh[4]) begin
                    x_reg$4$d = ib;
                end
                if (a_oh[32'h8 + 4]) begin
                    h1_reg$4$d = ib;
                end
                if (a_oh[5]) begin
                    x_reg$5$d = ib;
                end
                if (a_oh[32'h8 + 5]) begin
                    h1_reg$5$d = ib;
                end
            end
            if (k_clear) begin
                kval$d = 32'h0;
                t_reg$0$d = 32'h0;
                t_reg$1$d = 32'h0;
                t_reg$2$d = 32'h0;
                t_reg$3$d = 32'h0;
                t_reg$4$d = 32'h0;
                t_reg$5$d = 32'h0;
            end
            if ((start | next_k) & alarm$q) begin
                err$d = 1'b1;
                code$d = 32'h6;
            end
            else if (start) begin
                if (alg == 32'h3) begin
                    err$d = 1'b1;
                    code$d = 32'h1;
                end
                else begin
                    err$d = 1'b0;
                    code$d = 32'h0;
                    alg_r$d = alg;
                    alg_n$d = ~alg;
                    crv$d = 32'h0;
                    if (curve) begin
                        crv$d = 32'h7;
                    end
                    have$d = 32'h0;
                    kval$d = 32'h0;
                    k_reg$0$d = 32'h0;
                    v_reg$0$d = 32'h0;
                    k_reg$1$d = 32'h0;
                    v_reg$1$d = 32'h0;
                    k_reg$2$d = 32'h0;
                    v_reg$2$d = 32'h0;
                    k_reg$3$d = 32'h0;
                    v_reg$3$d = 32'h0;
                    k_reg$4$d = 32'h0;
                    v_reg$4$d = 32'h0;
                    k_reg$5$d = 32'h0;
                    v_reg$5$d = 32'h0;
                    k_reg$6$d = 32'h0;
                    v_reg$6$d = 32'h0;
                    k_reg$7$d = 32'h0;
                    v_reg$7$d = 32'h0;
                    v_reg$0$d = c_v0;
                    v_reg$1$d = c_v0;
                    v_reg$2$d = c_v0;
                    v_reg$3$d = c_v0;
                    if (m_hw >= 32'h6) begin
                        v_reg$4$d = c_v0;
                        v_reg$5$d = c_v0;
                    end
                    if (m_hw == 32'h8) begin
                        v_reg$6$d = c_v0;
                        v_reg$7$d = c_v0;
                    end
                    t_reg$0$d = 32'h0;
                    t_reg$1$d = 32'h0;
                    t_reg$2$d = 32'h0;
                    t_reg$3$d = 32'h0;
                    t_reg$4$d = 32'h0;
                    t_reg$5$d = 32'h0;
                    step$d = st_d;
                    fsm$d = s_launch;
                end
            end
            else if (next_k) begin
                if (~held) begin
                    err$d = 1'b1;
                    code$d = 32'h4;
                end
                else begin
                    err$d = 1'b0;
                    code$d = 32'h0;
                    have$d = 32'h0;
                    kval$d = 32'h0;
                    t_reg$0$d = 32'h0;
                    t_reg$1$d = 32'h0;
                    t_reg$2$d = 32'h0;
                    t_reg$3$d = 32'h0;
                    t_reg$4$d = 32'h0;
                    t_reg$5$d = 32'h0;
                    step$d = st_uk;
                    fsm$d = s_launch;
                end
            end
        end
        else begin
            if (in_we) begin
                err$d = 1'b1;
                code$d = 32'h3;
            end
            if (start | next_k) begin
                err$d = 1'b1;
                code$d = 32'h2;
            end
        end
        cnt$d = cnt_nx;
        cnt_b$d = cnt_nx;
        ocnt$d = ocnt_nx;
        ocnt_b$d = ocnt_nx;
        wipe = zeroize | reset | bad | alarm$q;
        if (wipe) begin
            fsm$d = s_idle;
            step$d = st_none;
            alg_r$d = 32'h0;
            alg_n$d = 32'h0;
            crv$d = 32'h0;
            have$d = 32'h0;
            kval$d = 32'h0;
            cnt$d = 32'h0;
            cnt_b$d = 32'h0;
            ocnt$d = 32'h0;
            ocnt_b$d = 32'h0;
            done_r$d = 1'b0;
            x_reg$0$d = 32'h0;
            h1_reg$0$d = 32'h0;
            t_reg$0$d = 32'h0;
            x_reg$1$d = 32'h0;
            h1_reg$1$d = 32'h0;
            t_reg$1$d = 32'h0;
            x_reg$2$d = 32'h0;
            h1_reg$2$d = 32'h0;
            t_reg$2$d = 32'h0;
            x_reg$3$d = 32'h0;
            h1_reg$3$d = 32'h0;
            t_reg$3$d = 32'h0;
            x_reg$4$d = 32'h0;
            h1_reg$4$d = 32'h0;
            t_reg$4$d = 32'h0;
            x_reg$5$d = 32'h0;
            h1_reg$5$d = 32'h0;
            t_reg$5$d = 32'h0;
            k_reg$0$d = 32'h0;
            v_reg$0$d = 32'h0;
            k_reg$1$d = 32'h0;
            v_reg$1$d = 32'h0;
            k_reg$2$d = 32'h0;
            v_reg$2$d = 32'h0;
            k_reg$3$d = 32'h0;
            v_reg$3$d = 32'h0;
            k_reg$4$d = 32'h0;
            v_reg$4$d = 32'h0;
            k_reg$5$d = 32'h0;
            v_reg$5$d = 32'h0;
            k_reg$6$d = 32'h0;
            v_reg$6$d = 32'h0;
            k_reg$7$d = 32'h0;
            v_reg$7$d = 32'h0;
        end
        if (bad) begin
            alarm$d = 1'b1;
        end
        if (zeroize) begin
            err$d = 1'b0;
            code$d = 32'h0;
        end
        if (reset) begin
            alarm$d = 1'b0;
            err$d = 1'b0;
            code$d = 32'h0;
        end
        busy = ~is_idle;
        done = done_r$q & released;
        error = err$q;
        err_code = code$q;
        fatal = alarm$q;
        k_valid = released;
        kd_oh = ((32'h1) & 6'h3f) << k_addr;
        kout = 32'h0;
        if (released) begin
            if (kd_oh[0]) begin
                kout = t_reg$0$q;
            end
            if (kd_oh[1]) begin
                kout = t_reg$1$q;
            end
            if (kd_oh[2]) begin
                kout = t_reg$2$q;
            end
            if (kd_oh[3]) begin
                kout = t_reg$3$q;
            end
            if (kd_oh[4]) begin
                kout = t_reg$4$q;
            end
            if (kd_oh[5]) begin
                kout = t_reg$5$q;
            end
        end
        k_data = kout;
    end
    
endmodule // rfc6979_drbg


module rfc6979_drbg$alarm(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$alarm


module rfc6979_drbg$alg_n(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$alg_n


module rfc6979_drbg$alg_r(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$alg_r


module rfc6979_drbg$cnt(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$cnt


module rfc6979_drbg$cnt_b(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$cnt_b


module rfc6979_drbg$code(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$code


module rfc6979_drbg$crv(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$crv


module rfc6979_drbg$done_r(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$done_r


module rfc6979_drbg$eng(clock,reset,zeroize,start,mode,key_len,key_re,key_addr,key_data,in_data,in_valid,in_last,in_bytes,in_ready,out_data,out_valid,out_last,out_bytes,out_ready,busy,done,error,err_code,fatal);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  zeroize;
    input wire  start;
    input wire  [3:0] mode;
    input wire  [7:0] key_len;
    output reg  key_re;
    output reg  [3:0] key_addr;
    input wire  [63:0] key_data;
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
    localparam  s_wait = 6'b111;
    localparam  s_key = 6'b11001;
    localparam  s_ipad = 6'b11110;
    localparam  s_round = 6'b101010;
    localparam  s_final = 6'b101101;
    localparam  s_mid = 6'b110011;
    localparam  s_output = 6'b110100;
    localparam  f_idle = 6'b0;
    localparam  f_data = 6'b111;
    localparam  f_pad = 6'b11001;
    localparam  f_len = 6'b11110;
    localparam  f_done = 6'b101010;
    localparam  k_tab$0 = 64'h428a2f98d728ae22;
    localparam  k_tab$1 = 64'h7137449123ef65cd;
    localparam  k_tab$2 = 64'hb5c0fbcfec4d3b2f;
    localparam  k_tab$3 = 64'he9b5dba58189dbbc;
    localparam  k_tab$4 = 64'h3956c25bf348b538;
    localparam  k_tab$5 = 64'h59f111f1b605d019;
    localparam  k_tab$6 = 64'h923f82a4af194f9b;
    localparam  k_tab$7 = 64'hab1c5ed5da6d8118;
    localparam  k_tab$8 = 64'hd807aa98a3030242;
    localparam  k_tab$9 = 64'h12835b0145706fbe;
    localparam  k_tab$10 = 64'h243185be4ee4b28c;
    localparam  k_tab$11 = 64'h550c7dc3d5ffb4e2;
    localparam  k_tab$12 = 64'h72be5d74f27b896f;
    localparam  k_tab$13 = 64'h80deb1fe3b1696b1;
    localparam  k_tab$14 = 64'h9bdc06a725c71235;
    localparam  k_tab$15 = 64'hc19bf174cf692694;
    localparam  k_tab$16 = 64'he49b69c19ef14ad2;
    localparam  k_tab$17 = 64'hefbe4786384f25e3;
    localparam  k_tab$18 = 64'hfc19dc68b8cd5b5;
    localparam  k_tab$19 = 64'h240ca1cc77ac9c65;
    localparam  k_tab$20 = 64'h2de92c6f592b0275;
    localparam  k_tab$21 = 64'h4a7484aa6ea6e483;
    localparam  k_tab$22 = 64'h5cb0a9dcbd41fbd4;
    localparam  k_tab$23 = 64'h76f988da831153b5;
    localparam  k_tab$24 = 64'h983e5152ee66dfab;
    localparam  k_tab$25 = 64'ha831c66d2db43210;
    localparam  k_tab$26 = 64'hb00327c898fb213f;
    localparam  k_tab$27 = 64'hbf597fc7beef0ee4;
    localparam  k_tab$28 = 64'hc6e00bf33da88fc2;
    localparam  k_tab$29 = 64'hd5a79147930aa725;
    localparam  k_tab$30 = 64'h6ca6351e003826f;
    localparam  k_tab$31 = 64'h142929670a0e6e70;
    localparam  k_tab$32 = 64'h27b70a8546d22ffc;
    localparam  k_tab$33 = 64'h2e1b21385c26c926;
    localparam  k_tab$34 = 64'h4d2c6dfc5ac42aed;
    localparam  k_tab$35 = 64'h53380d139d95b3df;
    localparam  k_tab$36 = 64'h650a73548baf63de;
    localparam  k_tab$37 = 64'h766a0abb3c77b2a8;
    localparam  k_tab$38 = 64'h81c2c92e47edaee6;
    localparam  k_tab$39 = 64'h92722c851482353b;
    localparam  k_tab$40 = 64'ha2bfe8a14cf10364;
    localparam  k_tab$41 = 64'ha81a664bbc423001;
    localparam  k_tab$42 = 64'hc24b8b70d0f89791;
    localparam  k_tab$43 = 64'hc76c51a30654be30;
    localparam  k_tab$44 = 64'hd192e819d6ef5218;
    localparam  k_tab$45 = 64'hd69906245565a910;
    localparam  k_tab$46 = 64'hf40e35855771202a;
    localparam  k_tab$47 = 64'h106aa07032bbd1b8;
    localparam  k_tab$48 = 64'h19a4c116b8d2d0c8;
    localparam  k_tab$49 = 64'h1e376c085141ab53;
    localparam  k_tab$50 = 64'h2748774cdf8eeb99;
    localparam  k_tab$51 = 64'h34b0bcb5e19b48a8;
    localparam  k_tab$52 = 64'h391c0cb3c5c95a63;
    localparam  k_tab$53 = 64'h4ed8aa4ae3418acb;
    localparam  k_tab$54 = 64'h5b9cca4f7763e373;
    localparam  k_tab$55 = 64'h682e6ff3d6b2b8a3;
    localparam  k_tab$56 = 64'h748f82ee5defb2fc;
    localparam  k_tab$57 = 64'h78a5636f43172f60;
    localparam  k_tab$58 = 64'h84c87814a1f0ab72;
    localparam  k_tab$59 = 64'h8cc702081a6439ec;
    localparam  k_tab$60 = 64'h90befffa23631e28;
    localparam  k_tab$61 = 64'ha4506cebde82bde9;
    localparam  k_tab$62 = 64'hbef9a3f7b2c67915;
    localparam  k_tab$63 = 64'hc67178f2e372532b;
    localparam  k_tab$64 = 64'hca273eceea26619c;
    localparam  k_tab$65 = 64'hd186b8c721c0c207;
    localparam  k_tab$66 = 64'heada7dd6cde0eb1e;
    localparam  k_tab$67 = 64'hf57d4f7fee6ed178;
    localparam  k_tab$68 = 64'h6f067aa72176fba;
    localparam  k_tab$69 = 64'ha637dc5a2c898a6;
    localparam  k_tab$70 = 64'h113f9804bef90dae;
    localparam  k_tab$71 = 64'h1b710b35131c471b;
    localparam  k_tab$72 = 64'h28db77f523047d84;
    localparam  k_tab$73 = 64'h32caab7b40c72493;
    localparam  k_tab$74 = 64'h3c9ebe0a15c9bebc;
    localparam  k_tab$75 = 64'h431d67c49c100d4c;
    localparam  k_tab$76 = 64'h4cc5d4becb3e42b6;
    localparam  k_tab$77 = 64'h597f299cfc657e2a;
    localparam  k_tab$78 = 64'h5fcb6fab3ad6faec;
    localparam  k_tab$79 = 64'h6c44198c4a475817;
    localparam  h0_tab$0 = 64'hc1059ed8;
    localparam  h0_tab$1 = 64'h367cd507;
    localparam  h0_tab$2 = 64'h3070dd17;
    localparam  h0_tab$3 = 64'hf70e5939;
    localparam  h0_tab$4 = 64'hffc00b31;
    localparam  h0_tab$5 = 64'h68581511;
    localparam  h0_tab$6 = 64'h64f98fa7;
    localparam  h0_tab$7 = 64'hbefa4fa4;
    localparam  h0_tab$8 = 64'h6a09e667;
    localparam  h0_tab$9 = 64'hbb67ae85;
    localparam  h0_tab$10 = 64'h3c6ef372;
    localparam  h0_tab$11 = 64'ha54ff53a;
    localparam  h0_tab$12 = 64'h510e527f;
    localparam  h0_tab$13 = 64'h9b05688c;
    localparam  h0_tab$14 = 64'h1f83d9ab;
    localparam  h0_tab$15 = 64'h5be0cd19;
    localparam  h0_tab$16 = 64'hcbbb9d5dc1059ed8;
    localparam  h0_tab$17 = 64'h629a292a367cd507;
    localparam  h0_tab$18 = 64'h9159015a3070dd17;
    localparam  h0_tab$19 = 64'h152fecd8f70e5939;
    localparam  h0_tab$20 = 64'h67332667ffc00b31;
    localparam  h0_tab$21 = 64'h8eb44a8768581511;
    localparam  h0_tab$22 = 64'hdb0c2e0d64f98fa7;
    localparam  h0_tab$23 = 64'h47b5481dbefa4fa4;
    localparam  h0_tab$24 = 64'h6a09e667f3bcc908;
    localparam  h0_tab$25 = 64'hbb67ae8584caa73b;
    localparam  h0_tab$26 = 64'h3c6ef372fe94f82b;
    localparam  h0_tab$27 = 64'ha54ff53a5f1d36f1;
    localparam  h0_tab$28 = 64'h510e527fade682d1;
    localparam  h0_tab$29 = 64'h9b05688c2b3e6c1f;
    localparam  h0_tab$30 = 64'h1f83d9abfb41bd6b;
    localparam  h0_tab$31 = 64'h5be0cd19137e2179;
    localparam  h0_tab$32 = 64'h8c3d37c819544da2;
    localparam  h0_tab$33 = 64'h73e1996689dcd4d6;
    localparam  h0_tab$34 = 64'h1dfab7ae32ff9c82;
    localparam  h0_tab$35 = 64'h679dd514582f9fcf;
    localparam  h0_tab$36 = 64'hf6d2b697bd44da8;
    localparam  h0_tab$37 = 64'h77e36f7304c48942;
    localparam  h0_tab$38 = 64'h3f9d85a86a1d36c8;
    localparam  h0_tab$39 = 64'h1112e6ad91d692a1;
    localparam  h0_tab$40 = 64'h22312194fc2bf72c;
    localparam  h0_tab$41 = 64'h9f555fa3c84c64c2;
    localparam  h0_tab$42 = 64'h2393b86b6f53b151;
    localparam  h0_tab$43 = 64'h963877195940eabd;
    localparam  h0_tab$44 = 64'h96283ee2a88effe3;
    localparam  h0_tab$45 = 64'hbe5e1e2553863992;
    localparam  h0_tab$46 = 64'h2b0199fc2c85b8aa;
    localparam  h0_tab$47 = 64'heb72ddc81c52ca2;
    localparam  trunc_tab$0 = 64'hffffffffffffffff;
    localparam  trunc_tab$1 = 64'hffffffffffffffff;
    localparam  trunc_tab$2 = 64'hffffffffffffffff;
    localparam  trunc_tab$3 = 64'hffffffff00000000;
    localparam  trunc_tab$4 = 64'h0;
    localparam  trunc_tab$5 = 64'h0;
    localparam  trunc_tab$6 = 64'h0;
    localparam  trunc_tab$7 = 64'h0;
    localparam  trunc_tab$8 = 64'hffffffffffffffff;
    localparam  trunc_tab$9 = 64'hffffffffffffffff;
    localparam  trunc_tab$10 = 64'hffffffffffffffff;
    localparam  trunc_tab$11 = 64'hffffffffffffffff;
    localparam  trunc_tab$12 = 64'h0;
    localparam  trunc_tab$13 = 64'h0;
    localparam  trunc_tab$14 = 64'h0;
    localparam  trunc_tab$15 = 64'h0;
    localparam  trunc_tab$16 = 64'hffffffffffffffff;
    localparam  trunc_tab$17 = 64'hffffffffffffffff;
    localparam  trunc_tab$18 = 64'hffffffffffffffff;
    localparam  trunc_tab$19 = 64'hffffffffffffffff;
    localparam  trunc_tab$20 = 64'hffffffffffffffff;
    localparam  trunc_tab$21 = 64'hffffffffffffffff;
    localparam  trunc_tab$22 = 64'h0;
    localparam  trunc_tab$23 = 64'h0;
    localparam  trunc_tab$24 = 64'hffffffffffffffff;
    localparam  trunc_tab$25 = 64'hffffffffffffffff;
    localparam  trunc_tab$26 = 64'hffffffffffffffff;
    localparam  trunc_tab$27 = 64'hffffffffffffffff;
    localparam  trunc_tab$28 = 64'hffffffffffffffff;
    localparam  trunc_tab$29 = 64'hffffffffffffffff;
    localparam  trunc_tab$30 = 64'hffffffffffffffff;
    localparam  trunc_tab$31 = 64'hffffffffffffffff;
    localparam  trunc_tab$32 = 64'hffffffffffffffff;
    localparam  trunc_tab$33 = 64'hffffffffffffffff;
    localparam  trunc_tab$34 = 64'hffffffffffffffff;
    localparam  trunc_tab$35 = 64'hffffffff00000000;
    localparam  trunc_tab$36 = 64'h0;
    localparam  trunc_tab$37 = 64'h0;
    localparam  trunc_tab$38 = 64'h0;
    localparam  trunc_tab$39 = 64'h0;
    localparam  trunc_tab$40 = 64'hffffffffffffffff;
    localparam  trunc_tab$41 = 64'hffffffffffffffff;
    localparam  trunc_tab$42 = 64'hffffffffffffffff;
    localparam  trunc_tab$43 = 64'hffffffffffffffff;
    localparam  trunc_tab$44 = 64'h0;
    localparam  trunc_tab$45 = 64'h0;
    localparam  trunc_tab$46 = 64'h0;
    localparam  trunc_tab$47 = 64'h0;
    localparam  mark_tab$0 = 64'h0;
    localparam  mark_tab$1 = 64'h0;
    localparam  mark_tab$2 = 64'h0;
    localparam  mark_tab$3 = 64'h80000000;
    localparam  mark_tab$4 = 64'h0;
    localparam  mark_tab$5 = 64'h0;
    localparam  mark_tab$6 = 64'h0;
    localparam  mark_tab$7 = 64'h0;
    localparam  mark_tab$8 = 64'h0;
    localparam  mark_tab$9 = 64'h0;
    localparam  mark_tab$10 = 64'h0;
    localparam  mark_tab$11 = 64'h0;
    localparam  mark_tab$12 = 64'h8000000000000000;
    localparam  mark_tab$13 = 64'h0;
    localparam  mark_tab$14 = 64'h0;
    localparam  mark_tab$15 = 64'h0;
    localparam  mark_tab$16 = 64'h0;
    localparam  mark_tab$17 = 64'h0;
    localparam  mark_tab$18 = 64'h0;
    localparam  mark_tab$19 = 64'h0;
    localparam  mark_tab$20 = 64'h0;
    localparam  mark_tab$21 = 64'h0;
    localparam  mark_tab$22 = 64'h8000000000000000;
    localparam  mark_tab$23 = 64'h0;
    localparam  mark_tab$24 = 64'h0;
    localparam  mark_tab$25 = 64'h0;
    localparam  mark_tab$26 = 64'h0;
    localparam  mark_tab$27 = 64'h0;
    localparam  mark_tab$28 = 64'h0;
    localparam  mark_tab$29 = 64'h0;
    localparam  mark_tab$30 = 64'h0;
    localparam  mark_tab$31 = 64'h0;
    localparam  mark_tab$32 = 64'h0;
    localparam  mark_tab$33 = 64'h0;
    localparam  mark_tab$34 = 64'h0;
    localparam  mark_tab$35 = 64'h80000000;
    localparam  mark_tab$36 = 64'h0;
    localparam  mark_tab$37 = 64'h0;
    localparam  mark_tab$38 = 64'h0;
    localparam  mark_tab$39 = 64'h0;
    localparam  mark_tab$40 = 64'h0;
    localparam  mark_tab$41 = 64'h0;
    localparam  mark_tab$42 = 64'h0;
    localparam  mark_tab$43 = 64'h0;
    localparam  mark_tab$44 = 64'h8000000000000000;
    localparam  mark_tab$45 = 64'h0;
    localparam  mark_tab$46 = 64'h0;
    localparam  mark_tab$47 = 64'h0;
    localparam  olen_tab$0 = 64'h2e0;
    localparam  olen_tab$1 = 64'h300;
    localparam  olen_tab$2 = 64'h580;
    localparam  olen_tab$3 = 64'h600;
    localparam  olen_tab$4 = 64'h4e0;
    localparam  olen_tab$5 = 64'h500;
    localparam  olen_tab$6 = 64'h0;
    localparam  olen_tab$7 = 64'h0;
    localparam  olast_tab$0 = 7'b11;
    localparam  olast_tab$1 = 7'b11;
    localparam  olast_tab$2 = 7'b101;
    localparam  olast_tab$3 = 7'b111;
    localparam  olast_tab$4 = 7'b11;
    localparam  olast_tab$5 = 7'b11;
    localparam  olast_tab$6 = 7'b0;
    localparam  olast_tab$7 = 7'b0;
    localparam  c_mark8 = 64'h8000000000000000;
    localparam  c_mask32 = 64'hffffffff;
    localparam  c_ones = 64'hffffffffffffffff;
    localparam  c_ipad = 64'h3636363636363636;
    localparam  c_opad = 64'h5c5c5c5c5c5c5c5c;
    
    // Stub signals
    reg  [5:0] fsm$d;
    wire  [5:0] fsm$q;
    reg  fsm$clock;
    reg  [5:0] fill$d;
    wire  [5:0] fill$q;
    reg  fill$clock;
    reg  [2:0] alg$d;
    wire  [2:0] alg$q;
    reg  alg$clock;
    reg  [2:0] alg_n$d;
    wire  [2:0] alg_n$q;
    reg  alg_n$clock;
    reg  [2:0] hm$d;
    wire  [2:0] hm$q;
    reg  hm$clock;
    reg  [2:0] phase$d;
    wire  [2:0] phase$q;
    reg  phase$clock;
    reg  [2:0] buf_full$d;
    wire  [2:0] buf_full$q;
    reg  buf_full$clock;
    reg  [2:0] buf_last$d;
    wire  [2:0] buf_last$q;
    reg  buf_last$clock;
    reg  [2:0] cur_last$d;
    wire  [2:0] cur_last$q;
    reg  cur_last$clock;
    reg  [6:0] t$d;
    wire  [6:0] t$q;
    reg  t$clock;
    reg  [6:0] t_b$d;
    wire  [6:0] t_b$q;
    reg  t_b$clock;
    reg  [3:0] cnt$d;
    wire  [3:0] cnt$q;
    reg  cnt$clock;
    reg  [3:0] cnt_b$d;
    wire  [3:0] cnt_b$q;
    reg  cnt_b$clock;
    reg  [63:0] nbytes$d;
    wire  [63:0] nbytes$q;
    reg  nbytes$clock;
    reg  [63:0] nbytes_b$d;
    wire  [63:0] nbytes_b$q;
    reg  nbytes_b$clock;
    reg  [7:0] klen$d;
    wire  [7:0] klen$q;
    reg  klen$clock;
    reg  [7:0] klen_b$d;
    wire  [7:0] klen_b$q;
    reg  klen_b$clock;
    reg  [63:0] work$0$d;
    wire  [63:0] work$0$q;
    reg  work$0$clock;
    reg  [63:0] work$1$d;
    wire  [63:0] work$1$q;
    reg  work$1$clock;
    reg  [63:0] work$2$d;
    wire  [63:0] work$2$q;
    reg  work$2$clock;
    reg  [63:0] work$3$d;
    wire  [63:0] work$3$q;
    reg  work$3$clock;
    reg  [63:0] work$4$d;
    wire  [63:0] work$4$q;
    reg  work$4$clock;
    reg  [63:0] work$5$d;
    wire  [63:0] work$5$q;
    reg  work$5$clock;
    reg  [63:0] work$6$d;
    wire  [63:0] work$6$q;
    reg  work$6$clock;
    reg  [63:0] work$7$d;
    wire  [63:0] work$7$q;
    reg  work$7$clock;
    reg  [63:0] hash$0$d;
    wire  [63:0] hash$0$q;
    reg  hash$0$clock;
    reg  [63:0] hash$1$d;
    wire  [63:0] hash$1$q;
    reg  hash$1$clock;
    reg  [63:0] hash$2$d;
    wire  [63:0] hash$2$q;
    reg  hash$2$clock;
    reg  [63:0] hash$3$d;
    wire  [63:0] hash$3$q;
    reg  hash$3$clock;
    reg  [63:0] hash$4$d;
    wire  [63:0] hash$4$q;
    reg  hash$4$clock;
    reg  [63:0] hash$5$d;
    wire  [63:0] hash$5$q;
    reg  hash$5$clock;
    reg  [63:0] hash$6$d;
    wire  [63:0] hash$6$q;
    reg  hash$6$clock;
    reg  [63:0] hash$7$d;
    wire  [63:0] hash$7$q;
    reg  hash$7$clock;
    reg  [63:0] w$0$d;
    wire  [63:0] w$0$q;
    reg  w$0$clock;
    reg  [63:0] w$1$d;
    wire  [63:0] w$1$q;
    reg  w$1$clock;
    reg  [63:0] w$2$d;
    wire  [63:0] w$2$q;
    reg  w$2$clock;
    reg  [63:0] w$3$d;
    wire  [63:0] w$3$q;
    reg  w$3$clock;
    reg  [63:0] w$4$d;
    wire  [63:0] w$4$q;
    reg  w$4$clock;
    reg  [63:0] w$5$d;
    wire  [63:0] w$5$q;
    reg  w$5$clock;
    reg  [63:0] w$6$d;
    wire  [63:0] w$6$q;
    reg  w$6$clock;
    reg  [63:0] w$7$d;
    wire  [63:0] w$7$q;
    reg  w$7$clock;
    reg  [63:0] w$8$d;
    wire  [63:0] w$8$q;
    reg  w$8$clock;
    reg  [63:0] w$9$d;
    wire  [63:0] w$9$q;
    reg  w$9$clock;
    reg  [63:0] w$10$d;
    wire  [63:0] w$10$q;
    reg  w$10$clock;
    reg  [63:0] w$11$d;
    wire  [63:0] w$11$q;
    reg  w$11$clock;
    reg  [63:0] w$12$d;
    wire  [63:0] w$12$q;
    reg  w$12$clock;
    reg  [63:0] w$13$d;
    wire  [63:0] w$13$q;
    reg  w$13$clock;
    reg  [63:0] w$14$d;
    wire  [63:0] w$14$q;
    reg  w$14$clock;
    reg  [63:0] w$15$d;
    wire  [63:0] w$15$q;
    reg  w$15$clock;
    reg  [63:0] buf$0$d;
    wire  [63:0] buf$0$q;
    reg  buf$0$clock;
    reg  [63:0] buf$1$d;
    wire  [63:0] buf$1$q;
    reg  buf$1$clock;
    reg  [63:0] buf$2$d;
    wire  [63:0] buf$2$q;
    reg  buf$2$clock;
    reg  [63:0] buf$3$d;
    wire  [63:0] buf$3$q;
    reg  buf$3$clock;
    reg  [63:0] buf$4$d;
    wire  [63:0] buf$4$q;
    reg  buf$4$clock;
    reg  [63:0] buf$5$d;
    wire  [63:0] buf$5$q;
    reg  buf$5$clock;
    reg  [63:0] buf$6$d;
    wire  [63:0] buf$6$q;
    reg  buf$6$clock;
    reg  [63:0] buf$7$d;
    wire  [63:0] buf$7$q;
    reg  buf$7$clock;
    reg  [63:0] buf$8$d;
    wire  [63:0] buf$8$q;
    reg  buf$8$clock;
    reg  [63:0] buf$9$d;
    wire  [63:0] buf$9$q;
    reg  buf$9$clock;
    reg  [63:0] buf$10$d;
    wire  [63:0] buf$10$q;
    reg  buf$10$clock;
    reg  [63:0] buf$11$d;
    wire  [63:0] buf$11$q;
    reg  buf$11$clock;
    reg  [63:0] buf$12$d;
    wire  [63:0] buf$12$q;
    reg  buf$12$clock;
    reg  [63:0] buf$13$d;
    wire  [63:0] buf$13$q;
    reg  buf$13$clock;
    reg  [63:0] buf$14$d;
    wire  [63:0] buf$14$q;
    reg  buf$14$clock;
    reg  [63:0] buf$15$d;
    wire  [63:0] buf$15$q;
    reg  buf$15$clock;
    reg  [63:0] key$0$d;
    wire  [63:0] key$0$q;
    reg  key$0$clock;
    reg  [63:0] key$1$d;
    wire  [63:0] key$1$q;
    reg  key$1$clock;
    reg  [63:0] key$2$d;
    wire  [63:0] key$2$q;
    reg  key$2$clock;
    reg  [63:0] key$3$d;
    wire  [63:0] key$3$q;
    reg  key$3$clock;
    reg  [63:0] key$4$d;
    wire  [63:0] key$4$q;
    reg  key$4$clock;
    reg  [63:0] key$5$d;
    wire  [63:0] key$5$q;
    reg  key$5$clock;
    reg  [63:0] key$6$d;
    wire  [63:0] key$6$q;
    reg  key$6$clock;
    reg  [63:0] key$7$d;
    wire  [63:0] key$7$q;
    reg  key$7$clock;
    reg  [63:0] key$8$d;
    wire  [63:0] key$8$q;
    reg  key$8$clock;
    reg  [63:0] key$9$d;
    wire  [63:0] key$9$q;
    reg  key$9$clock;
    reg  [63:0] key$10$d;
    wire  [63:0] key$10$q;
    reg  key$10$clock;
    reg  [63:0] key$11$d;
    wire  [63:0] key$11$q;
    reg  key$11$clock;
    reg  [63:0] key$12$d;
    wire  [63:0] key$12$q;
    reg  key$12$clock;
    reg  [63:0] key$13$d;
    wire  [63:0] key$13$q;
    reg  key$13$clock;
    reg  [63:0] key$14$d;
    wire  [63:0] key$14$q;
    reg  key$14$clock;
    reg  [63:0] key$15$d;
    wire  [63:0] key$15$q;
    reg  key$15$clock;
    reg  err$d;
    wire  err$q;
    reg  err$clock;
    reg  [3:0] code$d;
    wire  [3:0] code$q;
    reg  code$clock;
    reg  done_r$d;
    wire  done_r$q;
    reg  done_r$clock;
    reg  alarm$d;
    wire  alarm$q;
    reg  alarm$clock;
    
    // Local signals
    reg  is_idle;
    reg  is_round;
    reg  is_final;
    reg  is_output;
    reg  fsm_ok;
    reg  fill_ok;
    reg  flags_ok;
    reg  bad;
    reg  wipe;
    reg  finish;
    reg  abort;
    reg  is64;
    reg  [63:0] wmask;
    reg  hmac;
    reg  outer;
    reg  full;
    reg  clast;
    reg  [2:0] m_alg;
    reg  m_ok;
    reg  m_is64;
    reg  m_hmac;
    reg  [5:0] sel_oh;
    reg  [79:0] t_oh;
    reg  [15:0] cnt_oh;
    reg  [63:0] h0$0;
    reg  [63:0] h0$1;
    reg  [63:0] h0$2;
    reg  [63:0] h0$3;
    reg  [63:0] h0$4;
    reg  [63:0] h0$5;
    reg  [63:0] h0$6;
    reg  [63:0] h0$7;
    reg  [6:0] t_nx;
    reg  [3:0] cnt_nx;
    reg  [63:0] nb_nx;
    reg  [63:0] k_sel;
    reg  [63:0] k_t;
    reg  [63:0] sig0;
    reg  [63:0] sig1;
    reg  [63:0] ch;
    reg  [63:0] maj;
    reg  [63:0] t1;
    reg  [63:0] t2;
    reg  [63:0] ssig0;
    reg  [63:0] ssig1;
    reg  [63:0] w_new;
    reg  last_round;
    reg  [63:0] hsum$0;
    reg  [63:0] hsum$1;
    reg  [63:0] hsum$2;
    reg  [63:0] hsum$3;
    reg  [63:0] hsum$4;
    reg  [63:0] hsum$5;
    reg  [63:0] hsum$6;
    reg  [63:0] hsum$7;
    reg  ld_buf;
    reg  ld_key;
    reg  [63:0] kpad;
    reg  [63:0] src$0;
    reg  [63:0] src$1;
    reg  [63:0] src$2;
    reg  [63:0] src$3;
    reg  [63:0] src$4;
    reg  [63:0] src$5;
    reg  [63:0] src$6;
    reg  [63:0] src$7;
    reg  [63:0] src$8;
    reg  [63:0] src$9;
    reg  [63:0] src$10;
    reg  [63:0] src$11;
    reg  [63:0] src$12;
    reg  [63:0] src$13;
    reg  [63:0] src$14;
    reg  [63:0] src$15;
    reg  [6:0] shift;
    reg  [63:0] byte_mask;
    reg  [63:0] wle;
    reg  [63:0] fw;
    reg  wr_en;
    reg  len_en;
    reg  len_fits;
    reg  at_end;
    reg  [63:0] add_bytes;
    reg  [63:0] nb_now;
    reg  [7:0] t8;
    reg  [7:0] kb_raw;
    reg  [7:0] kb;
    reg  [6:0] kshift;
    reg  [63:0] kmask;
    reg  [63:0] kle;
    reg  [63:0] kw;
    reg  [63:0] pk$0;
    reg  [63:0] pk$1;
    reg  [63:0] pk$2;
    reg  [63:0] pk$3;
    reg  [63:0] pk$4;
    reg  [63:0] pk$5;
    reg  [63:0] pk$6;
    reg  [63:0] pk$7;
    reg  [63:0] tr$0;
    reg  [63:0] tr$1;
    reg  [63:0] tr$2;
    reg  [63:0] tr$3;
    reg  [63:0] tr$4;
    reg  [63:0] tr$5;
    reg  [63:0] tr$6;
    reg  [63:0] tr$7;
    reg  [63:0] mk$0;
    reg  [63:0] mk$1;
    reg  [63:0] mk$2;
    reg  [63:0] mk$3;
    reg  [63:0] mk$4;
    reg  [63:0] mk$5;
    reg  [63:0] mk$6;
    reg  [63:0] mk$7;
    reg  [63:0] olen;
    reg  [6:0] olast;
    reg  [63:0] ow;
    reg  out_is_last;
    
    // Sub module instances
    rfc6979_drbg$eng$fsm fsm(
        .d(fsm$d),
        .q(fsm$q),
        .clock(fsm$clock)
    );
    rfc6979_drbg$eng$fill fill(
        .d(fill$d),
        .q(fill$q),
        .clock(fill$clock)
    );
    rfc6979_drbg$eng$alg alg(
        .d(alg$d),
        .q(alg$q),
        .clock(alg$clock)
    );
    rfc6979_drbg$eng$alg_n alg_n(
        .d(alg_n$d),
        .q(alg_n$q),
        .clock(alg_n$clock)
    );
    rfc6979_drbg$eng$hm hm(
        .d(hm$d),
        .q(hm$q),
        .clock(hm$clock)
    );
    rfc6979_drbg$eng$phase phase(
        .d(phase$d),
        .q(phase$q),
        .clock(phase$clock)
    );
    rfc6979_drbg$eng$buf_full buf_full(
        .d(buf_full$d),
        .q(buf_full$q),
        .clock(buf_full$clock)
    );
    rfc6979_drbg$eng$buf_last buf_last(
        .d(buf_last$d),
        .q(buf_last$q),
        .clock(buf_last$clock)
    );
    rfc6979_drbg$eng$cur_last cur_last(
        .d(cur_last$d),
        .q(cur_last$q),
        .clock(cur_last$clock)
    );
    rfc6979_drbg$eng$t t(
        .d(t$d),
        .q(t$q),
        .clock(t$clock)
    );
    rfc6979_drbg$eng$t_b t_b(
        .d(t_b$d),
        .q(t_b$q),
        .clock(t_b$clock)
    );
    rfc6979_drbg$eng$cnt cnt(
        .d(cnt$d),
        .q(cnt$q),
        .clock(cnt$clock)
    );
    rfc6979_drbg$eng$cnt_b cnt_b(
        .d(cnt_b$d),
        .q(cnt_b$q),
        .clock(cnt_b$clock)
    );
    rfc6979_drbg$eng$nbytes nbytes(
        .d(nbytes$d),
        .q(nbytes$q),
        .clock(nbytes$clock)
    );
    rfc6979_drbg$eng$nbytes_b nbytes_b(
        .d(nbytes_b$d),
        .q(nbytes_b$q),
        .clock(nbytes_b$clock)
    );
    rfc6979_drbg$eng$klen klen(
        .d(klen$d),
        .q(klen$q),
        .clock(klen$clock)
    );
    rfc6979_drbg$eng$klen_b klen_b(
        .d(klen_b$d),
        .q(klen_b$q),
        .clock(klen_b$clock)
    );
    rfc6979_drbg$eng$work$0 work$0(
        .d(work$0$d),
        .q(work$0$q),
        .clock(work$0$clock)
    );
    rfc6979_drbg$eng$work$1 work$1(
        .d(work$1$d),
        .q(work$1$q),
        .clock(work$1$clock)
    );
    rfc6979_drbg$eng$work$2 work$2(
        .d(work$2$d),
        .q(work$2$q),
        .clock(work$2$clock)
    );
    rfc6979_drbg$eng$work$3 work$3(
        .d(work$3$d),
        .q(work$3$q),
        .clock(work$3$clock)
    );
    rfc6979_drbg$eng$work$4 work$4(
        .d(work$4$d),
        .q(work$4$q),
        .clock(work$4$clock)
    );
    rfc6979_drbg$eng$work$5 work$5(
        .d(work$5$d),
        .q(work$5$q),
        .clock(work$5$clock)
    );
    rfc6979_drbg$eng$work$6 work$6(
        .d(work$6$d),
        .q(work$6$q),
        .clock(work$6$clock)
    );
    rfc6979_drbg$eng$work$7 work$7(
        .d(work$7$d),
        .q(work$7$q),
        .clock(work$7$clock)
    );
    rfc6979_drbg$eng$hash$0 hash$0(
        .d(hash$0$d),
        .q(hash$0$q),
        .clock(hash$0$clock)
    );
    rfc6979_drbg$eng$hash$1 hash$1(
        .d(hash$1$d),
        .q(hash$1$q),
        .clock(hash$1$clock)
    );
    rfc6979_drbg$eng$hash$2 hash$2(
        .d(hash$2$d),
        .q(hash$2$q),
        .clock(hash$2$clock)
    );
    rfc6979_drbg$eng$hash$3 hash$3(
        .d(hash$3$d),
        .q(hash$3$q),
        .clock(hash$3$clock)
    );
    rfc6979_drbg$eng$hash$4 hash$4(
        .d(hash$4$d),
        .q(hash$4$q),
        .clock(hash$4$clock)
    );
    rfc6979_drbg$eng$hash$5 hash$5(
        .d(hash$5$d),
        .q(hash$5$q),
        .clock(hash$5$clock)
    );
    rfc6979_drbg$eng$hash$6 hash$6(
        .d(hash$6$d),
        .q(hash$6$q),
        .clock(hash$6$clock)
    );
    rfc6979_drbg$eng$hash$7 hash$7(
        .d(hash$7$d),
        .q(hash$7$q),
        .clock(hash$7$clock)
    );
    rfc6979_drbg$eng$w$0 w$0(
        .d(w$0$d),
        .q(w$0$q),
        .clock(w$0$clock)
    );
    rfc6979_drbg$eng$w$1 w$1(
        .d(w$1$d),
        .q(w$1$q),
        .clock(w$1$clock)
    );
    rfc6979_drbg$eng$w$2 w$2(
        .d(w$2$d),
        .q(w$2$q),
        .clock(w$2$clock)
    );
    rfc6979_drbg$eng$w$3 w$3(
        .d(w$3$d),
        .q(w$3$q),
        .clock(w$3$clock)
    );
    rfc6979_drbg$eng$w$4 w$4(
        .d(w$4$d),
        .q(w$4$q),
        .clock(w$4$clock)
    );
    rfc6979_drbg$eng$w$5 w$5(
        .d(w$5$d),
        .q(w$5$q),
        .clock(w$5$clock)
    );
    rfc6979_drbg$eng$w$6 w$6(
        .d(w$6$d),
        .q(w$6$q),
        .clock(w$6$clock)
    );
    rfc6979_drbg$eng$w$7 w$7(
        .d(w$7$d),
        .q(w$7$q),
        .clock(w$7$clock)
    );
    rfc6979_drbg$eng$w$8 w$8(
        .d(w$8$d),
        .q(w$8$q),
        .clock(w$8$clock)
    );
    rfc6979_drbg$eng$w$9 w$9(
        .d(w$9$d),
        .q(w$9$q),
        .clock(w$9$clock)
    );
    rfc6979_drbg$eng$w$10 w$10(
        .d(w$10$d),
        .q(w$10$q),
        .clock(w$10$clock)
    );
    rfc6979_drbg$eng$w$11 w$11(
        .d(w$11$d),
        .q(w$11$q),
        .clock(w$11$clock)
    );
    rfc6979_drbg$eng$w$12 w$12(
        .d(w$12$d),
        .q(w$12$q),
        .clock(w$12$clock)
    );
    rfc6979_drbg$eng$w$13 w$13(
        .d(w$13$d),
        .q(w$13$q),
        .clock(w$13$clock)
    );
    rfc6979_drbg$eng$w$14 w$14(
        .d(w$14$d),
        .q(w$14$q),
        .clock(w$14$clock)
    );
    rfc6979_drbg$eng$w$15 w$15(
        .d(w$15$d),
        .q(w$15$q),
        .clock(w$15$clock)
    );
    rfc6979_drbg$eng$buf$0 buf$0(
        .d(buf$0$d),
        .q(buf$0$q),
        .clock(buf$0$clock)
    );
    rfc6979_drbg$eng$buf$1 buf$1(
        .d(buf$1$d),
        .q(buf$1$q),
        .clock(buf$1$clock)
    );
    rfc6979_drbg$eng$buf$2 buf$2(
        .d(buf$2$d),
        .q(buf$2$q),
        .clock(buf$2$clock)
    );
    rfc6979_drbg$eng$buf$3 buf$3(
        .d(buf$3$d),
        .q(buf$3$q),
        .clock(buf$3$clock)
    );
    rfc6979_drbg$eng$buf$4 buf$4(
        .d(buf$4$d),
        .q(buf$4$q),
        .clock(buf$4$clock)
    );
    rfc6979_drbg$eng$buf$5 buf$5(
        .d(buf$5$d),
        .q(buf$5$q),
        .clock(buf$5$clock)
    );
    rfc6979_drbg$eng$buf$6 buf$6(
        .d(buf$6$d),
        .q(buf$6$q),
        .clock(buf$6$clock)
    );
    rfc6979_drbg$eng$buf$7 buf$7(
        .d(buf$7$d),
        .q(buf$7$q),
        .clock(buf$7$clock)
    );
    rfc6979_drbg$eng$buf$8 buf$8(
        .d(buf$8$d),
        .q(buf$8$q),
        .clock(buf$8$clock)
    );
    rfc6979_drbg$eng$buf$9 buf$9(
        .d(buf$9$d),
        .q(buf$9$q),
        .clock(buf$9$clock)
    );
    rfc6979_drbg$eng$buf$10 buf$10(
        .d(buf$10$d),
        .q(buf$10$q),
        .clock(buf$10$clock)
    );
    rfc6979_drbg$eng$buf$11 buf$11(
        .d(buf$11$d),
        .q(buf$11$q),
        .clock(buf$11$clock)
    );
    rfc6979_drbg$eng$buf$12 buf$12(
        .d(buf$12$d),
        .q(buf$12$q),
        .clock(buf$12$clock)
    );
    rfc6979_drbg$eng$buf$13 buf$13(
        .d(buf$13$d),
        .q(buf$13$q),
        .clock(buf$13$clock)
    );
    rfc6979_drbg$eng$buf$14 buf$14(
        .d(buf$14$d),
        .q(buf$14$q),
        .clock(buf$14$clock)
    );
    rfc6979_drbg$eng$buf$15 buf$15(
        .d(buf$15$d),
        .q(buf$15$q),
        .clock(buf$15$clock)
    );
    rfc6979_drbg$eng$key$0 key$0(
        .d(key$0$d),
        .q(key$0$q),
        .clock(key$0$clock)
    );
    rfc6979_drbg$eng$key$1 key$1(
        .d(key$1$d),
        .q(key$1$q),
        .clock(key$1$clock)
    );
    rfc6979_drbg$eng$key$2 key$2(
        .d(key$2$d),
        .q(key$2$q),
        .clock(key$2$clock)
    );
    rfc6979_drbg$eng$key$3 key$3(
        .d(key$3$d),
        .q(key$3$q),
        .clock(key$3$clock)
    );
    rfc6979_drbg$eng$key$4 key$4(
        .d(key$4$d),
        .q(key$4$q),
        .clock(key$4$clock)
    );
    rfc6979_drbg$eng$key$5 key$5(
        .d(key$5$d),
        .q(key$5$q),
        .clock(key$5$clock)
    );
    rfc6979_drbg$eng$key$6 key$6(
        .d(key$6$d),
        .q(key$6$q),
        .clock(key$6$clock)
    );
    rfc6979_drbg$eng$key$7 key$7(
        .d(key$7$d),
        .q(key$7$q),
        .clock(key$7$clock)
    );
    rfc6979_drbg$eng$key$8 key$8(
        .d(key$8$d),
        .q(key$8$q),
        .clock(key$8$clock)
    );
    rfc6979_drbg$eng$key$9 key$9(
        .d(key$9$d),
        .q(key$9$q),
        .clock(key$9$clock)
    );
    rfc6979_drbg$eng$key$10 key$10(
        .d(key$10$d),
        .q(key$10$q),
        .clock(key$10$clock)
    );
    rfc6979_drbg$eng$key$11 key$11(
        .d(key$11$d),
        .q(key$11$q),
        .clock(key$11$clock)
    );
    rfc6979_drbg$eng$key$12 key$12(
        .d(key$12$d),
        .q(key$12$q),
        .clock(key$12$clock)
    );
    rfc6979_drbg$eng$key$13 key$13(
        .d(key$13$d),
        .q(key$13$q),
        .clock(key$13$clock)
    );
    rfc6979_drbg$eng$key$14 key$14(
        .d(key$14$d),
        .q(key$14$q),
        .clock(key$14$clock)
    );
    rfc6979_drbg$eng$key$15 key$15(
        .d(key$15$d),
        .q(key$15$q),
        .clock(key$15$clock)
    );
    rfc6979_drbg$eng$err err(
        .d(err$d),
        .q(err$q),
        .clock(err$clock)
    );
    rfc6979_drbg$eng$code code(
        .d(code$d),
        .q(code$q),
        .clock(code$clock)
    );
    rfc6979_drbg$eng$done_r done_r(
        .d(done_r$d),
        .q(done_r$q),
        .clock(done_r$clock)
    );
    rfc6979_drbg$eng$alarm alarm(
        .d(alarm$d),
        .q(alarm$q),
        .clock(alarm$clock)
    );
    
    // Update code
    always @(*) begin
        fsm$clock = clock;
        fill$clock = clock;
        alg$clock = clock;
        alg_n$clock = clock;
        hm$clock = clock;
        phase$clock = clock;
        buf_full$clock = clock;
        buf_last$clock = clock;
        cur_last$clock = clock;
        t$clock = clock;
        t_b$clock = clock;
        cnt$clock = clock;
        cnt_b$clock = clock;
        nbytes$clock = clock;
        nbytes_b$clock = clock;
        klen$clock = clock;
        klen_b$clock = clock;
        err$clock = clock;
        code$clock = clock;
        done_r$clock = clock;
        alarm$clock = clock;
        fsm$d = fsm$q;
        fill$d = fill$q;
        alg$d = alg$q;
        alg_n$d = alg_n$q;
        hm$d = hm$q;
        phase$d = phase$q;
        buf_full$d = buf_full$q;
        buf_last$d = buf_last$q;
        cur_last$d = cur_last$q;
        t$d = t$q;
        t_b$d = t_b$q;
        cnt$d = cnt$q;
        cnt_b$d = cnt_b$q;
        nbytes$d = nbytes$q;
        nbytes_b$d = nbytes_b$q;
        klen$d = klen$q;
        klen_b$d = klen_b$q;
        err$d = err$q;
        code$d = code$q;
        done_r$d = done_r$q;
        alarm$d = alarm$q;
        work$0$clock = clock;
        work$0$d = work$0$q;
        hash$0$clock = clock;
        hash$0$d = hash$0$q;
        work$1$clock = clock;
        work$1$d = work$1$q;
        hash$1$clock = clock;
        hash$1$d = hash$1$q;
        work$2$clock = clock;
        work$2$d = work$2$q;
        hash$2$clock = clock;
        hash$2$d = hash$2$q;
        work$3$clock = clock;
        work$3$d = work$3$q;
        hash$3$clock = clock;
        hash$3$d = hash$3$q;
        work$4$clock = clock;
        work$4$d = work$4$q;
        hash$4$clock = clock;
        hash$4$d = hash$4$q;
        work$5$clock = clock;
        work$5$d = work$5$q;
        hash$5$clock = clock;
        hash$5$d = hash$5$q;
        work$6$clock = clock;
        work$6$d = work$6$q;
        hash$6$clock = clock;
        hash$6$d = hash$6$q;
        work$7$clock = clock;
        work$7$d = work$7$q;
        hash$7$clock = clock;
        hash$7$d = hash$7$q;
        w$0$clock = clock;
        w$0$d = w$0$q;
        buf$0$clock = clock;
        buf$0$d = buf$0$q;
        key$0$clock = clock;
        key$0$d = key$0$q;
        w$1$clock = clock;
        w$1$d = w$1$q;
        buf$1$clock = clock;
        buf$1$d = buf$1$q;
        key$1$clock = clock;
        key$1$d = key$1$q;
        w$2$clock = clock;
        w$2$d = w$2$q;
        buf$2$clock = clock;
        buf$2$d = buf$2$q;
        key$2$clock = clock;
        key$2$d = key$2$q;
        w$3$clock = clock;
        w$3$d = w$3$q;
        buf$3$clock = clock;
        buf$3$d = buf$3$q;
        key$3$clock = clock;
        key$3$d = key$3$q;
        w$4$clock = clock;
        w$4$d = w$4$q;
        buf$4$clock = clock;
        buf$4$d = buf$4$q;
        key$4$clock = clock;
        key$4$d = key$4$q;
        w$5$clock = clock;
        w$5$d = w$5$q;
        buf$5$clock = clock;
        buf$5$d = buf$5$q;
        key$5$clock = clock;
        key$5$d = key$5$q;
        w$6$clock = clock;
        w$6$d = w$6$q;
        buf$6$clock = clock;
        buf$6$d = buf$6$q;
        key$6$clock = clock;
        key$6$d = key$6$q;
        w$7$clock = clock;
        w$7$d = w$7$q;
        buf$7$clock = clock;
        buf$7$d = buf$7$q;
        key$7$clock = clock;
        key$7$d = key$7$q;
        w$8$clock = clock;
        w$8$d = w$8$q;
        buf$8$clock = clock;
        buf$8$d = buf$8$q;
        key$8$clock = clock;
        key$8$d = key$8$q;
        w$9$clock = clock;
        w$9$d = w$9$q;
        buf$9$clock = clock;
        buf$9$d = buf$9$q;
        key$9$clock = clock;
        key$9$d = key$9$q;
        w$10$clock = clock;
        w$10$d = w$10$q;
        buf$10$clock = clock;
        buf$10$d = buf$10$q;
        key$10$clock = clock;
        key$10$d = key$10$q;
        w$11$clock = clock;
        w$11$d = w$11$q;
        buf$11$clock = clock;
        buf$11$d = buf$11$q;
        key$11$clock = clock;
        key$11$d = key$11$q;
        w$12$clock = clock;
        w$12$d = w$12$q;
        buf$12$clock = clock;
        buf$12$d = buf$12$q;
        key$12$clock = clock;
        key$12$d = key$12$q;
        w$13$clock = clock;
        w$13$d = w$13$q;
        buf$13$clock = clock;
        buf$13$d = buf$13$q;
        key$13$clock = clock;
        key$13$d = key$13$q;
        w$14$clock = clock;
        w$14$d = w$14$q;
        buf$14$clock = clock;
        buf$14$d = buf$14$q;
        key$14$clock = clock;
        key$14$d = key$14$q;
        w$15$clock = clock;
        w$15$d = w$15$q;
        buf$15$clock = clock;
        buf$15$d = buf$15$q;
        key$15$clock = clock;
        key$15$d = key$15$q;
        t_nx = t$q;
        cnt_nx = cnt$q;
        nb_nx = nbytes$q;
        done_r$d = 1'b0;
        is_idle = fsm$q == s_idle;
        is_round = fsm$q == s_round;
        is_final = fsm$q == s_final;
        is_output = fsm$q == s_output;
        fsm_ok = is_idle | (fsm$q == s_wait) | (fsm$q == s_key) | (fsm$q == s_ipad) | is_round | is_final | (fsm$q == s_mid) | is_output;
        fill_ok = (fill$q == f_idle) | (fill$q == f_data) | (fill$q == f_pad) | (fill$q == f_len) | (fill$q == f_done);
        flags_ok = ((hm$q == 32'h0) | (hm$q == 32'h7)) & ((phase$q == 32'h0) | (phase$q == 32'h7)) & ((buf_full$q == 32'h0) | (buf_full$q == 32'h7)) & ((buf_last$q == 32'h0) | (buf_last$q == 32'h7)) & ((cur_last$q == 32'h0) | (cur_last$q == 32'h7)) & (t$q == t_b$q) & (cnt$q == cnt_b$q) & (nbytes$q == nbytes_b$q) & (klen$q == klen_b$q);
        bad = ~fsm_ok | ~fill_ok | ~flags_ok;
        if (is_idle) begin
            if ((alg$q != 32'h0) | (alg_n$q != 32'h0)) begin
                bad = 1'b1;
            end
        end
        else if ((alg$q ^ alg_n$q) != 32'h7) begin
            bad = 1'b1;
        end
        fatal = alarm$q;
        busy = ~is_idle;
        done = done_r$q;
        error = err$q;
        err_code = code$q;
        is64 = alg$q >= 32'h2;
        wmask = c_mask32;
        if (is64) begin
            wmask = c_ones;
        end
        hmac = hm$q == 32'h7;
        outer = phase$q == 32'h7;
        full = buf_full$q == 32'h7;
        clast = cur_last$q == 32'h7;
        m_alg = mode[(32'h0)+:(3)];
        m_ok = m_alg <= 32'h5;
        m_is64 = m_alg >= 32'h2;
        m_hmac = mode[32'h3];
        sel_oh = ((32'h1) & 6'h3f) << alg$q;
        if (is_idle) begin
            sel_oh = ((32'h1) & 6'h3f) << m_alg;
        end
        t_oh = ((32'h1) & 80'hffffffffffffffffffff) << t$q;
        cnt_oh = ((32'h1) & 16'hffff) << cnt$q;
        olen = 32'h0;
        olast = 32'h0;
        if (sel_oh[0]) begin
            olen = olen_tab$0;
            olast = olast_tab$0;
        end
        if (sel_oh[1]) begin
            olen = olen_tab$1;
            olast = olast_tab$1;
        end
        if (sel_oh[2]) begin
            olen = olen_tab$2;
            olast = olast_tab$2;
        end
        if (sel_oh[3]) begin
            olen = olen_tab$3;
            olast = olast_tab$3;
        end
        if (sel_oh[4]) begin
            olen = olen_tab$4;
            olast = olast_tab$4;
        end
        if (sel_oh[5]) begin
            olen = olen_tab$5;
            olast = olast_tab$5;
        end
        h0$0 = 32'h0;
        mk$0 = 32'h0;
        tr$0 = 32'h0;
        if (sel_oh[0]) begin
            h0$0 = h0_tab$0;
            mk$0 = mark_tab$0;
        end
        if (sel_oh[1]) begin
            h0$0 = h0_tab$8;
            mk$0 = mark_tab$8;
        end
        if (sel_oh[2]) begin
            h0$0 = h0_tab$16;
            mk$0 = mark_tab$16;
        end
        if (sel_oh[3]) begin
            h0$0 = h0_tab$24;
            mk$0 = mark_tab$24;
        end
        if (sel_oh[4]) begin
            h0$0 = h0_tab$32;
            mk$0 = mark_tab$32;
        end
        if (sel_oh[5]) begin
            h0$0 = h0_tab$40;
            mk$0 = mark_tab$40;
        end
        h0$1 = 32'h0;
        mk$1 = 32'h0;
        tr$1 = 32'h0;
        if (sel_oh[0]) begin
            h0$1 = h0_tab$1;
            mk$1 = mark_tab$1;
        end
        if (sel_oh[1]) begin
            h0$1 = h0_tab$9;
            mk$1 = mark_tab$9;
        end
        if (sel_oh[2]) begin
            h0$1 = h0_tab$17;
            mk$1 = mark_tab$17;
        end
        if (sel_oh[3]) begin
            h0$1 = h0_tab$25;
            mk$1 = mark_tab$25;
        end
        if (sel_oh[4]) begin
            h0$1 = h0_tab$33;
            mk$1 = mark_tab$33;
        end
        if (sel_oh[5]) begin
            h0$1 = h0_tab$41;
            mk$1 = mark_tab$41;
        end
        h0$2 = 32'h0;
        mk$2 = 32'h0;
        tr$2 = 32'h0;
        if (sel_oh[0]) begin
            h0$2 = h0_tab$2;
            mk$2 = mark_tab$2;
        end
        if (sel_oh[1]) begin
            h0$2 = h0_tab$10;
            mk$2 = mark_tab$10;
        end
        if (sel_oh[2]) begin
            h0$2 = h0_tab$18;
            mk$2 = mark_tab$18;
        end
        if (sel_oh[3]) begin
            h0$2 = h0_tab$26;
            mk$2 = mark_tab$26;
        end
        if (sel_oh[4]) begin
            h0$2 = h0_tab$34;
            mk$2 = mark_tab$34;
        end
        if (sel_oh[5]) begin
            h0$2 = h0_tab$42;
            mk$2 = mark_tab$42;
        end
        h0$3 = 32'h0;
        mk$3 = 32'h0;
        tr$3 = 32'h0;
        if (sel_oh[0]) begin
            h0$3 = h0_tab$3;
            mk$3 = mark_tab$3;
        end
        if (sel_oh[1]) begin
            h0$3 = h0_tab$11;
            mk$3 = mark_tab$11;
        end
        if (sel_oh[2]) begin
            h0$3 = h0_tab$19;
            mk$3 = mark_tab$19;
        end
        if (sel_oh[3]) begin
            h0$3 = h0_tab$27;
            mk$3 = mark_tab$27;
        end
        if (sel_oh[4]) begin
            h0$3 = h0_tab$35;
            mk$3 = mark_tab$35;
        end
        if (sel_oh[5]) begin
            h0$3 = h0_tab$43;
            mk$3 = mark_tab$43;
        end
        h0$4 = 32'h0;
        mk$4 = 32'h0;
        tr$4 = 32'h0;
        if (sel_oh[0]) begin
            h0$4 = h0_tab$4;
            mk$4 = mark_tab$4;
        end
        if (sel_oh[1]) begin
            h0$4 = h0_tab$12;
            mk$4 = mark_tab$12;
        end
        if (sel_oh[2]) begin
            h0$4 = h0_tab$20;
            mk$4 = mark_tab$20;
        end
        if (sel_oh[3]) begin
            h0$4 = h0_tab$28;
            mk$4 = mark_tab$28;
        end
        if (sel_oh[4]) begin
            h0$4 = h0_tab$36;
            mk$4 = mark_tab$36;
        end
        if (sel_oh[5]) begin
            h0$4 = h0_tab$44;
            mk$4 = mark_tab$44;
        end
        h0$5 = 32'h0;
        mk$5 = 32'h0;
        tr$5 = 32'h0;
        if (sel_oh[0]) begin
            h0$5 = h0_tab$5;
            mk$5 = mark_tab$5;
        end
        if (sel_oh[1]) begin
            h0$5 = h0_tab$13;
            mk$5 = mark_tab$13;
        end
        if (sel_oh[2]) begin
            h0$5 = h0_tab$21;
            mk$5 = mark_tab$21;
        end
        if (sel_oh[3]) begin
            h0$5 = h0_tab$29;
            mk$5 = mark_tab$29;
        end
        if (sel_oh[4]) begin
            h0$5 = h0_tab$37;
            mk$5 = mark_tab$37;
        end
        if (sel_oh[5]) begin
            h0$5 = h0_tab$45;
            mk$5 = mark_tab$45;
        end
        h0$6 = 32'h0;
        mk$6 = 32'h0;
        tr$6 = 32'h0;
        if (sel_oh[0]) begin
            h0$6 = h0_tab$6;
            mk$6 = mark_tab$6;
        end
        if (sel_oh[1]) begin
            h0$6 = h0_tab$14;
            mk$6 = mark_tab$14;
        end
        if (sel_oh[2]) begin
            h0$6 = h0_tab$22;
            mk$6 = mark_tab$22;
        end
        if (sel_oh[3]) begin
            h0$6 = h0_tab$30;
            mk$6 = mark_tab$30;
        end
        if (sel_oh[4]) begin
            h0$6 = h0_tab$38;
            mk$6 = mark_tab$38;
        end
        if (sel_oh[5]) begin
            h0$6 = h0_tab$46;
            mk$6 = mark_tab$46;
        end
        h0$7 = 32'h0;
        mk$7 = 32'h0;
        tr$7 = 32'h0;
        if (sel_oh[0]) begin
            h0$7 = h0_tab$7;
            mk$7 = mark_tab$7;
        end
        if (sel_oh[1]) begin
            h0$7 = h0_tab$15;
            mk$7 = mark_tab$15;
        end
        if (sel_oh[2]) begin
            h0$7 = h0_tab$23;
            mk$7 = mark_tab$23;
        end
        if (sel_oh[3]) begin
            h0$7 = h0_tab$31;
            mk$7 = mark_tab$31;
        end
        if (sel_oh[4]) begin
            h0$7 = h0_tab$39;
            mk$7 = mark_tab$39;
        end
        if (sel_oh[5]) begin
            h0$7 = h0_tab$47;
            mk$7 = mark_tab$47;
        end
        k_sel = 32'h0;
        if (t_oh[0]) begin
            k_sel = k_tab$0;
        end
        if (t_oh[1]) begin
            k_sel = k_tab$1;
        end
        if (t_oh[2]) begin
            k_sel = k_tab$2;
        end
        if (t_oh[3]) begin
            k_sel = k_tab$3;
        end
        if (t_oh[4]) begin
            k_sel = k_tab$4;
        end
        if (t_oh[5]) begin
            k_sel = k_tab$5;
        end
        if (t_oh[6]) begin
            k_sel = k_tab$6;
        end
        if (t_oh[7]) begin
            k_sel = k_tab$7;
        end
        if (t_oh[8]) begin
            k_sel = k_tab$8;
        end
        if (t_oh[9]) begin
            k_sel = k_tab$9;
        end
        if (t_oh[10]) begin
            k_sel = k_tab$10;
        end
        if (t_oh[11]) begin
            k_sel = k_tab$11;
        end
        if (t_oh[12]) begin
            k_sel = k_tab$12;
        end
        if (t_oh[13]) begin
            k_sel = k_tab$13;
        end
        if (t_oh[14]) begin
            k_sel = k_tab$14;
        end
        if (t_oh[15]) begin
            k_sel = k_tab$15;
        end
        if (t_oh[16]) begin
            k_sel = k_tab$16;
        end
        if (t_oh[17]) begin
            k_sel = k_tab$17;
        end
        if (t_oh[18]) begin
            k_sel = k_tab$18;
        end
        if (t_oh[19]) begin
            k_sel = k_tab$19;
        end
        if (t_oh[20]) begin
            k_sel = k_tab$20;
        end
        if (t_oh[21]) begin
            k_sel = k_tab$21;
        end
        if (t_oh[22]) begin
            k_sel = k_tab$22;
        end
        if (t_oh[23]) begin
            k_sel = k_tab$23;
        end
        if (t_oh[24]) begin
            k_sel = k_tab$24;
        end
        if (t_oh[25]) begin
            k_sel = k_tab$25;
        end
        if (t_oh[26]) begin
            k_sel = k_tab$26;
        end
        if (t_oh[27]) begin
            k_sel = k_tab$27;
        end
        if (t_oh[28]) begin
            k_sel = k_tab$28;
        end
        if (t_oh[29]) begin
            k_sel = k_tab$29;
        end
        if (t_oh[30]) begin
            k_sel = k_tab$30;
        end
        if (t_oh[31]) begin
            k_sel = k_tab$31;
        end
        if (t_oh[32]) begin
            k_sel = k_tab$32;
        end
        if (t_oh[33]) begin
            k_sel = k_tab$33;
        end
        if (t_oh[34]) begin
            k_sel = k_tab$34;
        end
        if (t_oh[35]) begin
            k_sel = k_tab$35;
        end
        if (t_oh[36]) begin
            k_sel = k_tab$36;
        end
        if (t_oh[37]) begin
            k_sel = k_tab$37;
        end
        if (t_oh[38]) begin
            k_sel = k_tab$38;
        end
        if (t_oh[39]) begin
            k_sel = k_tab$39;
        end
        if (t_oh[40]) begin
            k_sel = k_tab$40;
        end
        if (t_oh[41]) begin
            k_sel = k_tab$41;
        end
        if (t_oh[42]) begin
            k_sel = k_tab$42;
        end
        if (t_oh[43]) begin
            k_sel = k_tab$43;
        end
        if (t_oh[44]) begin
            k_sel = k_tab$44;
        end
        if (t_oh[45]) begin
            k_sel = k_tab$45;
        end
        if (t_oh[46]) begin
            k_sel = k_tab$46;
        end
        if (t_oh[47]) begin
            k_sel = k_tab$47;
        end
        if (t_oh[48]) begin
            k_sel = k_tab$48;
        end
        if (t_oh[49]) begin
            k_sel = k_tab$49;
        end
        if (t_oh[50]) begin
            k_sel = k_tab$50;
        end
        if (t_oh[51]) begin
            k_sel = k_tab$51;
        end
        if (t_oh[52]) begin
            k_sel = k_tab$52;
        end
        if (t_oh[53]) begin
            k_sel = k_tab$53;
        end
        if (t_oh[54]) begin
            k_sel = k_tab$54;
        end
        if (t_oh[55]) begin
            k_sel = k_tab$55;
        end
        if (t_oh[56]) begin
            k_sel = k_tab$56;
        end
        if (t_oh[57]) begin
            k_sel = k_tab$57;
        end
        if (t_oh[58]) begin
            k_sel = k_tab$58;
        end
        if (t_oh[59]) begin
            k_sel = k_tab$59;
        end
        if (t_oh[60]) begin
            k_sel = k_tab$60;
        end
        if (t_oh[61]) begin
            k_sel = k_tab$61;
        end
        if (t_oh[62]) begin
            k_sel = k_tab$62;
        end
        if (t_oh[63]) begin
            k_sel = k_tab$63;
        end
        if (t_oh[64]) begin
            k_sel = k_tab$64;
        end
        if (t_oh[65]) begin
            k_sel = k_tab$65;
        end
        if (t_oh[66]) begin
            k_sel = k_tab$66;
        end
        if (t_oh[67]) begin
            k_sel = k_tab$67;
        end
        if (t_oh[68]) begin
            k_sel = k_tab$68;
        end
        if (t_oh[69]) begin
            k_sel = k_tab$69;
        end
        if (t_oh[70]) begin
            k_sel = k_tab$70;
        end
        if (t_oh[71]) begin
            k_sel = k_tab$71;
        end
        if (t_oh[72]) begin
            k_sel = k_tab$72;
        end
        if (t_oh[73]) begin
            k_sel = k_tab$73;
        end
        if (t_oh[74]) begin
            k_sel = k_tab$74;
        end
        if (t_oh[75]) begin
            k_sel = k_tab$75;
        end
        if (t_oh[76]) begin
            k_sel = k_tab$76;
        end
        if (t_oh[77]) begin
            k_sel = k_tab$77;
        end
        if (t_oh[78]) begin
            k_sel = k_tab$78;
        end
        if (t_oh[79]) begin
            k_sel = k_tab$79;
        end
        k_t = k_sel;
        if (~is64) begin
            k_t = k_sel >> 32'h20;
        end
        if (is64) begin
            sig0 = ((work$0$q >> 32'h1c) | (work$0$q << 32'h24)) ^ ((work$0$q >> 32'h22) | (work$0$q << 32'h1e)) ^ ((work$0$q >> 32'h27) | (work$0$q << 32'h19));
            sig1 = ((work$4$q >> 32'he) | (work$4$q << 32'h32)) ^ ((work$4$q >> 32'h12) | (work$4$q << 32'h2e)) ^ ((work$4$q >> 32'h29) | (work$4$q << 32'h17));
            ssig0 = ((w$1$q >> 32'h1) | (w$1$q << 32'h3f)) ^ ((w$1$q >> 32'h8) | (w$1$q << 32'h38)) ^ (w$1$q >> 32'h7);
            ssig1 = ((w$14$q >> 32'h13) | (w$14$q << 32'h2d)) ^ ((w$14$q >> 32'h3d) | (w$14$q << 32'h3)) ^ (w$14$q >> 32'h6);
        end
        else begin
            sig0 = (((work$0$q >> 32'h2) | (work$0$q << 32'h1e)) ^ ((work$0$q >> 32'hd) | (work$0$q << 32'h13)) ^ ((work$0$q >> 32'h16) | (work$0$q << 32'ha))) & c_mask32;
            sig1 = (((work$4$q >> 32'h6) | (work$4$q << 32'h1a)) ^ ((work$4$q >> 32'hb) | (work$4$q << 32'h15)) ^ ((work$4$q >> 32'h19) | (work$4$q << 32'h7))) & c_mask32;
            ssig0 = (((w$1$q >> 32'h7) | (w$1$q << 32'h19)) ^ ((w$1$q >> 32'h12) | (w$1$q << 32'he)) ^ (w$1$q >> 32'h3)) & c_mask32;
            ssig1 = (((w$14$q >> 32'h11) | (w$14$q << 32'hf)) ^ ((w$14$q >> 32'h13) | (w$14$q << 32'hd)) ^ (w$14$q >> 32'ha)) & c_mask32;
        end
        ch = (work$4$q & work$5$q) ^ (~work$4$q & work$6$q);
        maj = (work$0$q & work$1$q) ^ (work$0$q & work$2$q) ^ (work$1$q & work$2$q);
        t1 = work$7$q + sig1 + ch + k_t + w$0$q;
        t2 = sig0 + maj;
        w_new = (ssig1 + w$9$q + ssig0 + w$0$q) & wmask;
        last_round = t$q == 32'h3f;
        if (is64) begin
            last_round = t$q == 32'h4f;
        end
        hsum$0 = (hash$0$q + work$0$q) & wmask;
        hsum$1 = (hash$1$q + work$1$q) & wmask;
        hsum$2 = (hash$2$q + work$2$q) & wmask;
        hsum$3 = (hash$3$q + work$3$q) & wmask;
        hsum$4 = (hash$4$q + work$4$q) & wmask;
        hsum$5 = (hash$5$q + work$5$q) & wmask;
        hsum$6 = (hash$6$q + work$6$q) & wmask;
        hsum$7 = (hash$7$q + work$7$q) & wmask;
        pk$0 = hash$0$q;
        if (~is64) begin
            pk$0 = (hash$0$q << 32'h20) | hash$1$q;
        end
        pk$1 = hash$1$q;
        if (~is64) begin
            pk$1 = (hash$2$q << 32'h20) | hash$3$q;
        end
        pk$2 = hash$2$q;
        if (~is64) begin
            pk$2 = (hash$4$q << 32'h20) | hash$5$q;
        end
        pk$3 = hash$3$q;
        if (~is64) begin
            pk$3 = (hash$6$q << 32'h20) | hash$7$q;
        end
        pk$4 = hash$4$q;
        if (~is64) begin
            pk$4 = 32'h0;
        end
        pk$5 = hash$5$q;
        if (~is64) begin
            pk$5 = 32'h0;
        end
        pk$6 = hash$6$q;
        if (~is64) begin
            pk$6 = 32'h0;
        end
        pk$7 = hash$7$q;
        if (~is64) begin
            pk$7 = 32'h0;
        end
        if (sel_oh[0]) begin
            tr$0 = pk$0 & trunc_tab$0;
        end
        if (sel_oh[1]) begin
            tr$0 = pk$0 & trunc_tab$8;
        end
        if (sel_oh[2]) begin
            tr$0 = pk$0 & trunc_tab$16;
        end
        if (sel_oh[3]) begin
            tr$0 = pk$0 & trunc_tab$24;
        end
        if (sel_oh[4]) begin
            tr$0 = pk$0 & trunc_tab$32;
        end
        if (sel_oh[5]) begin
            tr$0 = pk$0 & trunc_tab$40;
        end
        if (sel_oh[0]) begin
            tr$1 = pk$1 & trunc_tab$1;
        end
        if (sel_oh[1]) begin
            tr$1 = pk$1 & trunc_tab$9;
        end
        if (sel_oh[2]) begin
            tr$1 = pk$1 & trunc_tab$17;
        end
        if (sel_oh[3]) begin
            tr$1 = pk$1 & trunc_tab$25;
        end
        if (sel_oh[4]) begin
            tr$1 = pk$1 & trunc_tab$33;
        end
        if (sel_oh[5]) begin
            tr$1 = pk$1 & trunc_tab$41;
        end
        if (sel_oh[0]) begin
            tr$2 = pk$2 & trunc_tab$2;
        end
        if (sel_oh[1]) begin
            tr$2 = pk$2 & trunc_tab$10;
        end
        if (sel_oh[2]) begin
            tr$2 = pk$2 & trunc_tab$18;
        end
        if (sel_oh[3]) begin
            tr$2 = pk$2 & trunc_tab$26;
        end
        if (sel_oh[4]) begin
            tr$2 = pk$2 & trunc_tab$34;
        end
        if (sel_oh[5]) begin
            tr$2 = pk$2 & trunc_tab$42;
        end
        if (sel_oh[0]) begin
            tr$3 = pk$3 & trunc_tab$3;
        end
        if (sel_oh[1]) begin
            tr$3 = pk$3 & trunc_tab$11;
        end
        if (sel_oh[2]) begin
            tr$3 = pk$3 & trunc_tab$19;
        end
        if (sel_oh[3]) begin
            tr$3 = pk$3 & trunc_tab$27;
        end
        if (sel_oh[4]) begin
            tr$3 = pk$3 & trunc_tab$35;
        end
        if (sel_oh[5]) begin
            tr$3 = pk$3 & trunc_tab$43;
        end
        if (sel_oh[0]) begin
            tr$4 = pk$4 & trunc_tab$4;
        end
        if (sel_oh[1]) begin
            tr$4 = pk$4 & trunc_tab$12;
        end
        if (sel_oh[2]) begin
            tr$4 = pk$4 & trunc_tab$20;
        end
        if (sel_oh[3]) begin
            tr$4 = pk$4 & trunc_tab$28;
        end
        if (sel_oh[4]) begin
            tr$4 = pk$4 & trunc_tab$36;
        end
        if (sel_oh[5]) begin
            tr$4 = pk$4 & trunc_tab$44;
        end
        if (sel_oh[0]) begin
            tr$5 = pk$5 & trunc_tab$5;
        end
        if (sel_oh[1]) begin
            tr$5 = pk$5 & trunc_tab$13;
        end
        if (sel_oh[2]) begin
            tr$5 = pk$5 & trunc_tab$21;
        end
        if (sel_oh[3]) begin
            tr$5 = pk$5 & trunc_tab$29;
        end
        if (sel_oh[4]) begin
            tr$5 = pk$5 & trunc_tab$37;
        end
        if (sel_oh[5]) begin
            tr$5 = pk$5 & trunc_tab$45;
        end
        if (sel_oh[0]) begin
            tr$6 = pk$6 & trunc_tab$6;
        end
        if (sel_oh[1]) begin
            tr$6 = pk$6 & trunc_tab$14;
        end
        if (sel_oh[2]) begin
            tr$6 = pk$6 & trunc_tab$22;
        end
        if (sel_oh[3]) begin
            tr$6 = pk$6 & trunc_tab$30;
        end
        if (sel_oh[4]) begin
            tr$6 = pk$6 & trunc_tab$38;
        end
        if (sel_oh[5]) begin
            tr$6 = pk$6 & trunc_tab$46;
        end
        if (sel_oh[0]) begin
            tr$7 = pk$7 & trunc_tab$7;
        end
        if (sel_oh[1]) begin
            tr$7 = pk$7 & trunc_tab$15;
        end
        if (sel_oh[2]) begin
            tr$7 = pk$7 & trunc_tab$23;
        end
        if (sel_oh[3]) begin
            tr$7 = pk$7 & trunc_tab$31;
        end
        if (sel_oh[4]) begin
            tr$7 = pk$7 & trunc_tab$39;
        end
        if (sel_oh[5]) begin
            tr$7 = pk$7 & trunc_tab$47;
        end
        ld_buf = 1'b0;
        ld_key = 1'b0;
        kpad = c_ipad;
        if (fsm$q == s_mid) begin
            kpad = c_opad;
        end
        shift = ((in_bytes) & 7'h7f) << 32'h3;
        byte_mask = (((32'h1) & 64'hffffffffffffffff) << shift) - 32'h1;
        wle = (in_data & byte_mask) | (((32'h80) & 64'hffffffffffffffff) << shift);
        if (fill$q == f_pad) begin
            wle = ((32'h80) & 64'hffffffffffffffff);
        end
        fw = (((wle[(32'h0)+:(8)]) & 64'hffffffffffffffff) << 32'h38) | (((wle[(32'h8)+:(8)]) & 64'hffffffffffffffff) << 32'h30) | (((wle[(32'h10)+:(8)]) & 64'hffffffffffffffff) << 32'h28) | (((wle[(32'h18)+:(8)]) & 64'hffffffffffffffff) << 32'h20) | (((wle[(32'h20)+:(8)]) & 64'hffffffffffffffff) << 32'h18) | (((wle[(32'h28)+:(8)]) & 64'hffffffffffffffff) << 32'h10) | (((wle[(32'h30)+:(8)]) & 64'hffffffffffffffff) << 32'h8) | ((wle[(32'h38)+:(8)]) & 64'hffffffffffffffff);
        wr_en = 1'b0;
        len_en = 1'b0;
        add_bytes = 32'h0;
        if (fill$q == f_data) begin
            add_bytes = ((in_bytes) & 64'hffffffffffffffff);
        end
        nb_now = nbytes$q + add_bytes;
        len_fits = cnt$q < 32'h7;
        at_end = cnt$q == 32'h7;
        if (is64) begin
            len_fits = cnt$q < 32'he;
            at_end = cnt$q == 32'hf;
        end
        in_ready = (fill$q == f_data) & ~full;
        abort = 1'b0;
        if (in_ready & in_valid) begin
            if (in_bytes > 32'h8) begin
                abort = 1'b1;
                err$d = 1'b1;
                code$d = 32'h5;
            end
            else if (~in_last & (in_bytes != 32'h8)) begin
                abort = 1'b1;
                err$d = 1'b1;
                code$d = 32'h4;
            end
            else begin
                wr_en = 1'b1;
                nb_nx = nb_now;
                if (in_last & (in_bytes != 32'h8)) begin
                    cnt_nx = 32'h0;
                    buf_full$d = 32'h7;
                    if (len_fits) begin
                        len_en = 1'b1;
                        buf_last$d = 32'h7;
                        fill$d = f_done;
                    end
                    else begin
                        fill$d = f_len;
                    end
                end
                else begin
                    if (at_end) begin
                        cnt_nx = 32'h0;
                        buf_full$d = 32'h7;
                    end
                    else begin
                        cnt_nx = cnt$q + 32'h1;
                    end
                    if (in_last) begin
                        fill$d = f_pad;
                    end
                end
            end
        end
        if ((fill$q == f_pad) & ~full) begin
            wr_en = 1'b1;
            cnt_nx = 32'h0;
            buf_full$d = 32'h7;
            if (len_fits) begin
                len_en = 1'b1;
                buf_last$d = 32'h7;
                fill$d = f_done;
            end
            else begin
                fill$d = f_len;
            end
        end
        if ((fill$q == f_len) & ~full) begin
            len_en = 1'b1;
            buf_full$d = 32'h7;
            buf_last$d = 32'h7;
            fill$d = f_done;
        end
        if (wr_en & cnt_oh[0]) begin
            buf$0$d = fw;
        end
        if (wr_en & cnt_oh[1]) begin
            buf$1$d = fw;
        end
        if (wr_en & cnt_oh[2]) begin
            buf$2$d = fw;
        end
        if (wr_en & cnt_oh[3]) begin
            buf$3$d = fw;
        end
        if (wr_en & cnt_oh[4]) begin
            buf$4$d = fw;
        end
        if (wr_en & cnt_oh[5]) begin
            buf$5$d = fw;
        end
        if (wr_en & cnt_oh[6]) begin
            buf$6$d = fw;
        end
        if (wr_en & cnt_oh[7]) begin
            buf$7$d = fw;
        end
        if (wr_en & cnt_oh[8]) begin
            buf$8$d = fw;
        end
        if (wr_en & cnt_oh[9]) begin
            buf$9$d = fw;
        end
        if (wr_en & cnt_oh[10]) begin
            buf$10$d = fw;
        end
        if (wr_en & cnt_oh[11]) begin
            buf$11$d = fw;
        end
        if (wr_en & cnt_oh[12]) begin
            buf$12$d = fw;
        end
        if (wr_en & cnt_oh[13]) begin
            buf$13$d = fw;
        end
        if (wr_en & cnt_oh[14]) begin
            buf$14$d = fw;
        end
        if (wr_en & cnt_oh[15]) begin
            buf$15$d = fw;
        end
        if (len_en & ~is64) begin
            buf$7$d = nb_now << 32'h3;
        end
        if (len_en & is64) begin
            buf$15$d = nb_now << 32'h3;
        end
        key_re = fsm$q == s_key;
        key_addr = 32'h0;
        t8 = ((t$q) & 8'hff) << 32'h3;
        kb_raw = 32'h0;
        if (klen$q > t8) begin
            kb_raw = klen$q - t8;
        end
        kb = kb_raw;
        if (kb_raw > 32'h8) begin
            kb = 32'h8;
        end
        kshift = ((kb) & 7'h7f) << 32'h3;
        kmask = (((32'h1) & 64'hffffffffffffffff) << kshift) - 32'h1;
        kle = 32'h0;
        if (key_re) begin
            key_addr = t$q[(32'h0)+:(4)];
            kle = key_data & kmask;
        end
        kw = (((kle[(32'h0)+:(8)]) & 64'hffffffffffffffff) << 32'h38) | (((kle[(32'h8)+:(8)]) & 64'hffffffffffffffff) << 32'h30) | (((kle[(32'h10)+:(8)]) & 64'hffffffffffffffff) << 32'h28) | (((kle[(32'h18)+:(8)]) & 64'hffffffffffffffff) << 32'h20) | (((kle[(32'h20)+:(8)]) & 64'hffffffffffffffff) << 32'h18) | (((kle[(32'h28)+:(8)]) & 64'hffffffffffffffff) << 32'h10) | (((kle[(32'h30)+:(8)]) & 64'hffffffffffffffff) << 32'h8) | ((kle[(32'h38)+:(8)]) & 64'hffffffffffffffff);
        ow = 32'h0;
        if (t_oh[0]) begin
            ow = tr$0;
        end
        if (t_oh[1]) begin
            ow = tr$1;
        end
        if (t_oh[2]) begin
            ow = tr$2;
        end
        if (t_oh[3]) begin
            ow = tr$3;
        end
        if (t_oh[4]) begin
            ow = tr$4;
        end
        if (t_oh[5]) begin
            ow = tr$5;
        end
        if (t_oh[6]) begin
            ow = tr$6;
        end
        if (t_oh[7]) begin
            ow = tr$7;
        end
        out_is_last = t$q == olast;
        out_valid = is_output;
        out_data = 32'h0;
        out_last = 1'b0;
        out_bytes = 32'h0;
        if (is_output) begin
            out_data = (((ow[(32'h0)+:(8)]) & 64'hffffffffffffffff) << 32'h38) | (((ow[(32'h8)+:(8)]) & 64'hffffffffffffffff) << 32'h30) | (((ow[(32'h10)+:(8)]) & 64'hffffffffffffffff) << 32'h28) | (((ow[(32'h18)+:(8)]) & 64'hffffffffffffffff) << 32'h20) | (((ow[(32'h20)+:(8)]) & 64'hffffffffffffffff) << 32'h18) | (((ow[(32'h28)+:(8)]) & 64'hffffffffffffffff) << 32'h10) | (((ow[(32'h30)+:(8)]) & 64'hffffffffffffffff) << 32'h8) | ((ow[(32'h38)+:(8)]) & 64'hffffffffffffffff);
            out_last = out_is_last;
            out_bytes = 32'h8;
            if (out_is_last & ((alg$q == 32'h0) | (alg$q == 32'h4))) begin
                out_bytes = 32'h4;
            end
        end
        finish = 1'b0;
        if (is_idle) begin
            if (start & alarm$q) begin
                err$d = 1'b1;
                code$d = 32'h6;
            end
            else if (start) begin
                if (~m_ok) begin
                    err$d = 1'b1;
                    code$d = 32'h1;
                end
                else if (m_hmac & ((m_is64 & (key_len > 32'h80)) | (~m_is64 & (key_len > 32'h40)))) begin
                    err$d = 1'b1;
                    code$d = 32'h2;
                end
                else begin
                    err$d = 1'b0;
                    code$d = 32'h0;
                    alg$d = m_alg;
                    alg_n$d = ~m_alg;
                    phase$d = 32'h0;
                    t_nx = 32'h0;
                    cnt_nx = 32'h0;
                    fill$d = f_data;
                    hash$0$d = h0$0;
                    hash$1$d = h0$1;
                    hash$2$d = h0$2;
                    hash$3$d = h0$3;
                    hash$4$d = h0$4;
                    hash$5$d = h0$5;
                    hash$6$d = h0$6;
                    hash$7$d = h0$7;
                    if (m_hmac) begin
                        hm$d = 32'h7;
                        klen$d = key_len;
                        klen_b$d = key_len;
                        nb_nx = 32'h40;
                        if (m_is64) begin
                            nb_nx = 32'h80;
                        end
                        fsm$d = s_key;
                    end
                    else begin
                        hm$d = 32'h0;
                        nb_nx = 32'h0;
                        fsm$d = s_wait;
                    end
                end
            end
        end
        else if (fsm$q == s_wait) begin
            if (full) begin
                ld_buf = 1'b1;
                work$0$d = hash$0$q;
                work$1$d = hash$1$q;
                work$2$d = hash$2$q;
                work$3$d = hash$3$q;
                work$4$d = hash$4$q;
                work$5$d = hash$5$q;
                work$6$d = hash$6$q;
                work$7$d = hash$7$q;
                cur_last$d = buf_last$q;
                t_nx = 32'h0;
                fsm$d = s_round;
            end
        end
        else if (fsm$q == s_key) begin
            if (t_oh[0]) begin
                key$0$d = kw;
            end
            if (t_oh[1]) begin
                key$1$d = kw;
            end
            if (t_oh[2]) begin
                key$2$d = kw;
            end
            if (t_oh[3]) begin
                key$3$d = kw;
            end
            if (t_oh[4]) begin
                key$4$d = kw;
            end
            if (t_oh[5]) begin
                key$5$d = kw;
            end
            if (t_oh[6]) begin
                key$6$d = kw;
            end
            if (t_oh[7]) begin
                key$7$d = kw;
            end
            if (t_oh[8]) begin
                key$8$d = kw;
            end
            if (t_oh[9]) begin
                key$9$d = kw;
            end
            if (t_oh[10]) begin
                key$10$d = kw;
            end
            if (t_oh[11]) begin
                key$11$d = kw;
            end
            if (t_oh[12]) begin
                key$12$d = kw;
            end
            if (t_oh[13]) begin
                key$13$d = kw;
            end
            if (t_oh[14]) begin
                key$14$d = kw;
            end
            if (t_oh[15]) begin
                key$15$d = kw;
            end
            if ((is64 & (t$q == 32'hf)) | (~is64 & (t$q == 32'h7))) begin
                t_nx = 32'h0;
                klen$d = 32'h0;
                klen_b$d = 32'h0;
                fsm$d = s_ipad;
            end
            else begin
                t_nx = t$q + 32'h1;
            end
        end
        else if (fsm$q == s_ipad) begin
            ld_key = 1'b1;
            work$0$d = hash$0$q;
            work$1$d = hash$1$q;
            work$2$d = hash$2$q;
            work$3$d = hash$3$q;
            work$4$d = hash$4$q;
            work$5$d = hash$5$q;
            work$6$d = hash$6$q;
            work$7$d = hash$7$q;
            cur_last$d = 32'h0;
            t_nx = 32'h0;
            fsm$d = s_round;
        end
        else if (is_round) begin
            work$0$d = (t1 + t2) & wmask;
            work$1$d = work$0$q;
            work$2$d = work$1$q;
            work$3$d = work$2$q;
            work$4$d = (work$3$q + t1) & wmask;
            work$5$d = work$4$q;
            work$6$d = work$5$q;
            work$7$d = work$6$q;
            w$0$d = w$1$q;
            w$1$d = w$2$q;
            w$2$d = w$3$q;
            w$3$d = w$4$q;
            w$4$d = w$5$q;
            w$5$d = w$6$q;
            w$6$d = w$7$q;
            w$7$d = w$8$q;
            w$8$d = w$9$q;
            w$9$d = w$10$q;
            w$10$d = w$11$q;
            w$11$d = w$12$q;
            w$12$d = w$13$q;
            w$13$d = w$14$q;
            w$14$d = w$15$q;
            w$15$d = w_new;
            if (last_round) begin
                t_nx = 32'h0;
                fsm$d = s_final;
            end
            else begin
                t_nx = t$q + 32'h1;
            end
        end
        else if (is_final) begin
            hash$0$d = hsum$0;
            hash$1$d = hsum$1;
            hash$2$d = hsum$2;
            hash$3$d = hsum$3;
            hash$4$d = hsum$4;
            hash$5$d = hsum$5;
            hash$6$d = hsum$6;
            hash$7$d = hsum$7;
            if (~clast) begin
                if (full) begin
                    ld_buf = 1'b1;
                    work$0$d = hsum$0;
                    work$1$d = hsum$1;
                    work$2$d = hsum$2;
                    work$3$d = hsum$3;
                    work$4$d = hsum$4;
                    work$5$d = hsum$5;
                    work$6$d = hsum$6;
                    work$7$d = hsum$7;
                    cur_last$d = buf_last$q;
                    fsm$d = s_round;
                end
                else begin
                    fsm$d = s_wait;
                end
            end
            else begin
                work$0$d = 32'h0;
                work$1$d = 32'h0;
                work$2$d = 32'h0;
                work$3$d = 32'h0;
                work$4$d = 32'h0;
                work$5$d = 32'h0;
                work$6$d = 32'h0;
                work$7$d = 32'h0;
                w$0$d = 32'h0;
                w$1$d = 32'h0;
                w$2$d = 32'h0;
                w$3$d = 32'h0;
                w$4$d = 32'h0;
                w$5$d = 32'h0;
                w$6$d = 32'h0;
                w$7$d = 32'h0;
                w$8$d = 32'h0;
                w$9$d = 32'h0;
                w$10$d = 32'h0;
                w$11$d = 32'h0;
                w$12$d = 32'h0;
                w$13$d = 32'h0;
                w$14$d = 32'h0;
                w$15$d = 32'h0;
                cur_last$d = 32'h0;
                if (hmac & ~outer) begin
                    fsm$d = s_mid;
                end
                else begin
                    fsm$d = s_output;
                end
            end
        end
        else if (fsm$q == s_mid) begin
            buf$0$d = tr$0 | mk$0;
            buf$1$d = tr$1 | mk$1;
            buf$2$d = tr$2 | mk$2;
            buf$3$d = tr$3 | mk$3;
            buf$4$d = tr$4 | mk$4;
            buf$5$d = tr$5 | mk$5;
            buf$6$d = tr$6 | mk$6;
            buf$7$d = tr$7 | mk$7;
            buf$8$d = 32'h0;
            if (alg$q == 32'h3) begin
                buf$8$d = c_mark8;
            end
            if (is64) begin
                buf$15$d = olen;
            end
            else begin
                buf$7$d = olen;
            end
            buf_full$d = 32'h7;
            buf_last$d = 32'h7;
            ld_key = 1'b1;
            work$0$d = h0$0;
            hash$0$d = h0$0;
            work$1$d = h0$1;
            hash$1$d = h0$1;
            work$2$d = h0$2;
            hash$2$d = h0$2;
            work$3$d = h0$3;
            hash$3$d = h0$3;
            work$4$d = h0$4;
            hash$4$d = h0$4;
            work$5$d = h0$5;
            hash$5$d = h0$5;
            work$6$d = h0$6;
            hash$6$d = h0$6;
            work$7$d = h0$7;
            hash$7$d = h0$7;
            key$0$d = 32'h0;
            key$1$d = 32'h0;
            key$2$d = 32'h0;
            key$3$d = 32'h0;
            key$4$d = 32'h0;
            key$5$d = 32'h0;
            key$6$d = 32'h0;
            key$7$d = 32'h0;
            key$8$d = 32'h0;
            key$9$d = 32'h0;
            key$10$d = 32'h0;
            key$11$d = 32'h0;
            key$12$d = 32'h0;
            key$13$d = 32'h0;
            key$14$d = 32'h0;
            key$15$d = 32'h0;
            phase$d = 32'h7;
            cur_last$d = 32'h0;
            t_nx = 32'h0;
            fsm$d = s_round;
        end
        else if (is_output) begin
            if (out_ready) begin
                if (out_is_last) begin
                    finish = 1'b1;
                end
                else begin
                    t_nx = t$q + 32'h1;
                end
            end
        end
        src$0 = key$0$q ^ kpad;
        if (ld_buf) begin
            src$0 = buf$0$q;
        end
        src$1 = key$1$q ^ kpad;
        if (ld_buf) begin
            src$1 = buf$1$q;
        end
        src$2 = key$2$q ^ kpad;
        if (ld_buf) begin
            src$2 = buf$2$q;
        end
        src$3 = key$3$q ^ kpad;
        if (ld_buf) begin
            src$3 = buf$3$q;
        end
        src$4 = key$4$q ^ kpad;
        if (ld_buf) begin
            src$4 = buf$4$q;
        end
        src$5 = key$5$q ^ kpad;
        if (ld_buf) begin
            src$5 = buf$5$q;
        end
        src$6 = key$6$q ^ kpad;
        if (ld_buf) begin
            src$6 = buf$6$q;
        end
        src$7 = key$7$q ^ kpad;
        if (ld_buf) begin
            src$7 = buf$7$q;
        end
        src$8 = key$8$q ^ kpad;
        if (ld_buf) begin
            src$8 = buf$8$q;
        end
        src$9 = key$9$q ^ kpad;
        if (ld_buf) begin
            src$9 = buf$9$q;
        end
        src$10 = key$10$q ^ kpad;
        if (ld_buf) begin
            src$10 = buf$10$q;
        end
        src$11 = key$11$q ^ kpad;
        if (ld_buf) begin
            src$11 = buf$11$q;
        end
        src$12 = key$12$q ^ kpad;
        if (ld_buf) begin
            src$12 = buf$12$q;
        end
        src$13 = key$13$q ^ kpad;
        if (ld_buf) begin
            src$13 = buf$13$q;
        end
        src$14 = key$14$q ^ kpad;
        if (ld_buf) begin
            src$14 = buf$14$q;
        end
        src$15 = key$15$q ^ kpad;
        if (ld_buf) begin
            src$15 = buf$15$q;
        end
        if (ld_buf | ld_key) begin
            if (is64) begin
                w$0$d = src$0;
                w$1$d = src$1;
                w$2$d = src$2;
                w$3$d = src$3;
                w$4$d = src$4;
                w$5$d = src$5;
                w$6$d = src$6;
                w$7$d = src$7;
                w$8$d = src$8;
                w$9$d = src$9;
                w$10$d = src$10;
                w$11$d = src$11;
                w$12$d = src$12;
                w$13$d = src$13;
                w$14$d = src$14;
                w$15$d = src$15;
            end
            else begin
                w$0$d = src$0 >> 32'h20;
                w$1$d = src$0 & c_mask32;
                w$2$d = src$1 >> 32'h20;
                w$3$d = src$1 & c_mask32;
                w$4$d = src$2 >> 32'h20;
                w$5$d = src$2 & c_mask32;
                w$6$d = src$3 >> 32'h20;
                w$7$d = src$3 & c_mask32;
                w$8$d = src$4 >> 32'h20;
                w$9$d = src$4 & c_mask32;
                w$10$d = src$5 >> 32'h20;
                w$11$d = src$5 & c_mask32;
                w$12$d = src$6 >> 32'h20;
                w$13$d = src$6 & c_mask32;
                w$14$d = src$7 >> 32'h20;
                w$15$d = src$7 & c_mask32;
            end
        end
        if (ld_buf) begin
            buf$0$d = 32'h0;
            buf$1$d = 32'h0;
            buf$2$d = 32'h0;
            buf$3$d = 32'h0;
            buf$4$d = 32'h0;
            buf$5$d = 32'h0;
            buf$6$d = 32'h0;
            buf$7$d = 32'h0;
            buf$8$d = 32'h0;
            buf$9$d = 32'h0;
            buf$10$d = 32'h0;
            buf$11$d = 32'h0;
            buf$12$d = 32'h0;
            buf$13$d = 32'h0;
            buf$14$d = 32'h0;
            buf$15$d = 32'h0;
            buf_full$d = 32'h0;
            buf_last$d = 32'h0;
        end
        if (start & ~is_idle) begin
            err$d = 1'b1;
            code$d = 32'h3;
        end
        t$d = t_nx;
        t_b$d = t_nx;
        cnt$d = cnt_nx;
        cnt_b$d = cnt_nx;
        nbytes$d = nb_nx;
        nbytes_b$d = nb_nx;
        wipe = finish | abort | zeroize | reset | bad | alarm$q;
        if (wipe) begin
            fsm$d = s_idle;
            fill$d = f_idle;
            alg$d = 32'h0;
            alg_n$d = 32'h0;
            hm$d = 32'h0;
            phase$d = 32'h0;
            buf_full$d = 32'h0;
            buf_last$d = 32'h0;
            cur_last$d = 32'h0;
            t$d = 32'h0;
            t_b$d = 32'h0;
            cnt$d = 32'h0;
            cnt_b$d = 32'h0;
            nbytes$d = 32'h0;
            nbytes_b$d = 32'h0;
            klen$d = 32'h0;
            klen_b$d = 32'h0;
            work$0$d = 32'h0;
            hash$0$d = 32'h0;
            work$1$d = 32'h0;
            hash$1$d = 32'h0;
            work$2$d = 32'h0;
            hash$2$d = 32'h0;
            work$3$d = 32'h0;
            hash$3$d = 32'h0;
            work$4$d = 32'h0;
            hash$4$d = 32'h0;
            work$5$d = 32'h0;
            hash$5$d = 32'h0;
            work$6$d = 32'h0;
            hash$6$d = 32'h0;
            work$7$d = 32'h0;
            hash$7$d = 32'h0;
            w$0$d = 32'h0;
            buf$0$d = 32'h0;
            key$0$d = 32'h0;
            w$1$d = 32'h0;
            buf$1$d = 32'h0;
            key$1$d = 32'h0;
            w$2$d = 32'h0;
            buf$2$d = 32'h0;
            key$2$d = 32'h0;
            w$3$d = 32'h0;
            buf$3$d = 32'h0;
            key$3$d = 32'h0;
            w$4$d = 32'h0;
            buf$4$d = 32'h0;
            key$4$d = 32'h0;
            w$5$d = 32'h0;
            buf$5$d = 32'h0;
            key$5$d = 32'h0;
            w$6$d = 32'h0;
            buf$6$d = 32'h0;
            key$6$d = 32'h0;
            w$7$d = 32'h0;
            buf$7$d = 32'h0;
            key$7$d = 32'h0;
            w$8$d = 32'h0;
            buf$8$d = 32'h0;
            key$8$d = 32'h0;
            w$9$d = 32'h0;
            buf$9$d = 32'h0;
            key$9$d = 32'h0;
            w$10$d = 32'h0;
            buf$10$d = 32'h0;
            key$10$d = 32'h0;
            w$11$d = 32'h0;
            buf$11$d = 32'h0;
            key$11$d = 32'h0;
            w$12$d = 32'h0;
            buf$12$d = 32'h0;
            key$12$d = 32'h0;
            w$13$d = 32'h0;
            buf$13$d = 32'h0;
            key$13$d = 32'h0;
            w$14$d = 32'h0;
            buf$14$d = 32'h0;
            key$14$d = 32'h0;
            w$15$d = 32'h0;
            buf$15$d = 32'h0;
            key$15$d = 32'h0;
        end
        if (finish & ~bad) begin
            done_r$d = 1'b1;
        end
        if (bad) begin
            alarm$d = 1'b1;
        end
        if (zeroize) begin
            err$d = 1'b0;
            code$d = 32'h0;
            done_r$d = 1'b0;
        end
        if (reset) begin
            alarm$d = 1'b0;
            err$d = 1'b0;
            code$d = 32'h0;
            done_r$d = 1'b0;
        end
    end
    
endmodule // rfc6979_drbg$eng


module rfc6979_drbg$eng$alarm(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$alarm


module rfc6979_drbg$eng$alg(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$alg


module rfc6979_drbg$eng$alg_n(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$alg_n


module rfc6979_drbg$eng$buf$0(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$buf$0


module rfc6979_drbg$eng$buf$1(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$buf$1


module rfc6979_drbg$eng$buf$10(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$buf$10


module rfc6979_drbg$eng$buf$11(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$buf$11


module rfc6979_drbg$eng$buf$12(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$buf$12


module rfc6979_drbg$eng$buf$13(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$buf$13


module rfc6979_drbg$eng$buf$14(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$buf$14


module rfc6979_drbg$eng$buf$15(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$buf$15


module rfc6979_drbg$eng$buf$2(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$buf$2


module rfc6979_drbg$eng$buf$3(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$buf$3


module rfc6979_drbg$eng$buf$4(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$buf$4


module rfc6979_drbg$eng$buf$5(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$buf$5


module rfc6979_drbg$eng$buf$6(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$buf$6


module rfc6979_drbg$eng$buf$7(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$buf$7


module rfc6979_drbg$eng$buf$8(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$buf$8


module rfc6979_drbg$eng$buf$9(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$buf$9


module rfc6979_drbg$eng$buf_full(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$buf_full


module rfc6979_drbg$eng$buf_last(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$buf_last


module rfc6979_drbg$eng$cnt(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$cnt


module rfc6979_drbg$eng$cnt_b(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$cnt_b


module rfc6979_drbg$eng$code(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$code


module rfc6979_drbg$eng$cur_last(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$cur_last


module rfc6979_drbg$eng$done_r(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$done_r


module rfc6979_drbg$eng$err(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$err


module rfc6979_drbg$eng$fill(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$fill


module rfc6979_drbg$eng$fsm(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$fsm


module rfc6979_drbg$eng$hash$0(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$hash$0


module rfc6979_drbg$eng$hash$1(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$hash$1


module rfc6979_drbg$eng$hash$2(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$hash$2


module rfc6979_drbg$eng$hash$3(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$hash$3


module rfc6979_drbg$eng$hash$4(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$hash$4


module rfc6979_drbg$eng$hash$5(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$hash$5


module rfc6979_drbg$eng$hash$6(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$hash$6


module rfc6979_drbg$eng$hash$7(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$hash$7


module rfc6979_drbg$eng$hm(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$hm


module rfc6979_drbg$eng$key$0(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$key$0


module rfc6979_drbg$eng$key$1(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$key$1


module rfc6979_drbg$eng$key$10(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$key$10


module rfc6979_drbg$eng$key$11(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$key$11


module rfc6979_drbg$eng$key$12(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$key$12


module rfc6979_drbg$eng$key$13(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$key$13


module rfc6979_drbg$eng$key$14(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$key$14


module rfc6979_drbg$eng$key$15(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$key$15


module rfc6979_drbg$eng$key$2(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$key$2


module rfc6979_drbg$eng$key$3(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$key$3


module rfc6979_drbg$eng$key$4(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$key$4


module rfc6979_drbg$eng$key$5(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$key$5


module rfc6979_drbg$eng$key$6(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$key$6


module rfc6979_drbg$eng$key$7(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$key$7


module rfc6979_drbg$eng$key$8(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$key$8


module rfc6979_drbg$eng$key$9(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$key$9


module rfc6979_drbg$eng$klen(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$klen


module rfc6979_drbg$eng$klen_b(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$klen_b


module rfc6979_drbg$eng$nbytes(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$nbytes


module rfc6979_drbg$eng$nbytes_b(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$nbytes_b


module rfc6979_drbg$eng$phase(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$phase


module rfc6979_drbg$eng$t(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$t


module rfc6979_drbg$eng$t_b(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$t_b


module rfc6979_drbg$eng$w$0(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$w$0


module rfc6979_drbg$eng$w$1(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$w$1


module rfc6979_drbg$eng$w$10(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$w$10


module rfc6979_drbg$eng$w$11(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$w$11


module rfc6979_drbg$eng$w$12(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$w$12


module rfc6979_drbg$eng$w$13(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$w$13


module rfc6979_drbg$eng$w$14(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$w$14


module rfc6979_drbg$eng$w$15(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$w$15


module rfc6979_drbg$eng$w$2(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$w$2


module rfc6979_drbg$eng$w$3(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$w$3


module rfc6979_drbg$eng$w$4(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$w$4


module rfc6979_drbg$eng$w$5(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$w$5


module rfc6979_drbg$eng$w$6(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$w$6


module rfc6979_drbg$eng$w$7(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$w$7


module rfc6979_drbg$eng$w$8(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$w$8


module rfc6979_drbg$eng$w$9(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$w$9


module rfc6979_drbg$eng$work$0(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$work$0


module rfc6979_drbg$eng$work$1(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$work$1


module rfc6979_drbg$eng$work$2(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$work$2


module rfc6979_drbg$eng$work$3(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$work$3


module rfc6979_drbg$eng$work$4(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$work$4


module rfc6979_drbg$eng$work$5(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$work$5


module rfc6979_drbg$eng$work$6(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$work$6


module rfc6979_drbg$eng$work$7(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$eng$work$7


module rfc6979_drbg$err(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$err


module rfc6979_drbg$fsm(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$fsm


module rfc6979_drbg$h1_reg$0(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$h1_reg$0


module rfc6979_drbg$h1_reg$1(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$h1_reg$1


module rfc6979_drbg$h1_reg$2(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$h1_reg$2


module rfc6979_drbg$h1_reg$3(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$h1_reg$3


module rfc6979_drbg$h1_reg$4(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$h1_reg$4


module rfc6979_drbg$h1_reg$5(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$h1_reg$5


module rfc6979_drbg$have(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$have


module rfc6979_drbg$k_reg$0(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$k_reg$0


module rfc6979_drbg$k_reg$1(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$k_reg$1


module rfc6979_drbg$k_reg$2(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$k_reg$2


module rfc6979_drbg$k_reg$3(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$k_reg$3


module rfc6979_drbg$k_reg$4(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$k_reg$4


module rfc6979_drbg$k_reg$5(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$k_reg$5


module rfc6979_drbg$k_reg$6(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$k_reg$6


module rfc6979_drbg$k_reg$7(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$k_reg$7


module rfc6979_drbg$kval(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$kval


module rfc6979_drbg$ocnt(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$ocnt


module rfc6979_drbg$ocnt_b(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$ocnt_b


module rfc6979_drbg$step(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$step


module rfc6979_drbg$t_reg$0(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$t_reg$0


module rfc6979_drbg$t_reg$1(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$t_reg$1


module rfc6979_drbg$t_reg$2(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$t_reg$2


module rfc6979_drbg$t_reg$3(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$t_reg$3


module rfc6979_drbg$t_reg$4(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$t_reg$4


module rfc6979_drbg$t_reg$5(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$t_reg$5


module rfc6979_drbg$v_reg$0(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$v_reg$0


module rfc6979_drbg$v_reg$1(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$v_reg$1


module rfc6979_drbg$v_reg$2(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$v_reg$2


module rfc6979_drbg$v_reg$3(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$v_reg$3


module rfc6979_drbg$v_reg$4(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$v_reg$4


module rfc6979_drbg$v_reg$5(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$v_reg$5


module rfc6979_drbg$v_reg$6(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$v_reg$6


module rfc6979_drbg$v_reg$7(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$v_reg$7


module rfc6979_drbg$x_reg$0(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$x_reg$0


module rfc6979_drbg$x_reg$1(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$x_reg$1


module rfc6979_drbg$x_reg$2(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$x_reg$2


module rfc6979_drbg$x_reg$3(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$x_reg$3


module rfc6979_drbg$x_reg$4(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$x_reg$4


module rfc6979_drbg$x_reg$5(d,q,clock);
    
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
          
endmodule // rfc6979_drbg$x_reg$5



module sample_poly_cbd(clock,reset,zeroize,start,eta,in_data,in_valid,in_ready,coef_we$0,coef_we$1,coef_we$2,coef_we$3,coef_idx$0,coef_idx$1,coef_idx$2,coef_idx$3,coef_data$0,coef_data$1,coef_data$2,coef_data$3,busy,done,error,err_code,fatal);
    
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
    sample_poly_cbd$cmd cmd(
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
    sample_poly_cbd$res res(
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
    sample_poly_cbd$eta_st eta_st(
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
    
endmodule // sample_poly_cbd


module sample_poly_cbd$cmd(clock,start,param_ok,finish,fault,wipe,zeroize,reset,running,legal,alarm,busy,done,error,err_code);
    
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
    sample_poly_cbd$cmd$fsm fsm(
        .d(fsm$d),
        .q(fsm$q),
        .clock(fsm$clock)
    );
    sample_poly_cbd$cmd$alarm_r alarm_r(
        .d(alarm_r$d),
        .q(alarm_r$q),
        .clock(alarm_r$clock)
    );
    sample_poly_cbd$cmd$err err(
        .d(err$d),
        .q(err$q),
        .clock(err$clock)
    );
    sample_poly_cbd$cmd$code code(
        .d(code$d),
        .q(code$q),
        .clock(code$clock)
    );
    sample_poly_cbd$cmd$done_r done_r(
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
    
endmodule // sample_poly_cbd$cmd


module sample_poly_cbd$cmd$alarm_r(d,q,clock);
    
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
          
endmodule // sample_poly_cbd$cmd$alarm_r


module sample_poly_cbd$cmd$code(d,q,clock);
    
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
          
endmodule // sample_poly_cbd$cmd$code


module sample_poly_cbd$cmd$done_r(d,q,clock);
    
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
          
endmodule // sample_poly_cbd$cmd$done_r


module sample_poly_cbd$cmd$err(d,q,clock);
    
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
          
endmodule // sample_poly_cbd$cmd$err


module sample_poly_cbd$cmd$fsm(d,q,clock);
    
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
          
endmodule // sample_poly_cbd$cmd$fsm


module sample_poly_cbd$eta_st(d,q,clock);
    
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
          
endmodule // sample_poly_cbd$eta_st


module sample_poly_cbd$res(clock,clear,take,word,used,inc,window,nbits,count,bad);
    
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
    sample_poly_cbd$res$unread unread(
        .d(unread$d),
        .q(unread$q),
        .clock(unread$clock)
    );
    sample_poly_cbd$res$fill fill(
        .d(fill$d),
        .q(fill$q),
        .clock(fill$clock)
    );
    sample_poly_cbd$res$fill_b fill_b(
        .d(fill_b$d),
        .q(fill_b$q),
        .clock(fill_b$clock)
    );
    sample_poly_cbd$res$cnt cnt(
        .d(cnt$d),
        .q(cnt$q),
        .clock(cnt$clock)
    );
    sample_poly_cbd$res$cnt_b cnt_b(
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
    
endmodule // sample_poly_cbd$res


module sample_poly_cbd$res$cnt(d,q,clock);
    
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
          
endmodule // sample_poly_cbd$res$cnt


module sample_poly_cbd$res$cnt_b(d,q,clock);
    
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
          
endmodule // sample_poly_cbd$res$cnt_b


module sample_poly_cbd$res$fill(d,q,clock);
    
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
          
endmodule // sample_poly_cbd$res$fill


module sample_poly_cbd$res$fill_b(d,q,clock);
    
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
          
endmodule // sample_poly_cbd$res$fill_b


module sample_poly_cbd$res$unread(d,q,clock);
    
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
          
endmodule // sample_poly_cbd$res$unread



module sample_ntt(clock,reset,zeroize,start,in_data,in_valid,in_ready,coef_we$0,coef_we$1,coef_we$2,coef_we$3,coef_idx$0,coef_idx$1,coef_idx$2,coef_idx$3,coef_data$0,coef_data$1,coef_data$2,coef_data$3,busy,done,error,err_code,fatal);
    
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
    sample_ntt$cmd cmd(
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
    sample_ntt$res res(
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
    
endmodule // sample_ntt


module sample_ntt$cmd(clock,start,param_ok,finish,fault,wipe,zeroize,reset,running,legal,alarm,busy,done,error,err_code);
    
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
    sample_ntt$cmd$fsm fsm(
        .d(fsm$d),
        .q(fsm$q),
        .clock(fsm$clock)
    );
    sample_ntt$cmd$alarm_r alarm_r(
        .d(alarm_r$d),
        .q(alarm_r$q),
        .clock(alarm_r$clock)
    );
    sample_ntt$cmd$err err(
        .d(err$d),
        .q(err$q),
        .clock(err$clock)
    );
    sample_ntt$cmd$code code(
        .d(code$d),
        .q(code$q),
        .clock(code$clock)
    );
    sample_ntt$cmd$done_r done_r(
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
    
endmodule // sample_ntt$cmd


module sample_ntt$cmd$alarm_r(d,q,clock);
    
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
          
endmodule // sample_ntt$cmd$alarm_r


module sample_ntt$cmd$code(d,q,clock);
    
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
          
endmodule // sample_ntt$cmd$code


module sample_ntt$cmd$done_r(d,q,clock);
    
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
          
endmodule // sample_ntt$cmd$done_r


module sample_ntt$cmd$err(d,q,clock);
    
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
          
endmodule // sample_ntt$cmd$err


module sample_ntt$cmd$fsm(d,q,clock);
    
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
          
endmodule // sample_ntt$cmd$fsm


module sample_ntt$res(clock,clear,take,word,used,inc,window,nbits,count,bad);
    
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
    sample_ntt$res$unread unread(
        .d(unread$d),
        .q(unread$q),
        .clock(unread$clock)
    );
    sample_ntt$res$fill fill(
        .d(fill$d),
        .q(fill$q),
        .clock(fill$clock)
    );
    sample_ntt$res$fill_b fill_b(
        .d(fill_b$d),
        .q(fill_b$q),
        .clock(fill_b$clock)
    );
    sample_ntt$res$cnt cnt(
        .d(cnt$d),
        .q(cnt$q),
        .clock(cnt$clock)
    );
    sample_ntt$res$cnt_b cnt_b(
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
    
endmodule // sample_ntt$res


module sample_ntt$res$cnt(d,q,clock);
    
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
          
endmodule // sample_ntt$res$cnt


module sample_ntt$res$cnt_b(d,q,clock);
    
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
          
endmodule // sample_ntt$res$cnt_b


module sample_ntt$res$fill(d,q,clock);
    
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
          
endmodule // sample_ntt$res$fill


module sample_ntt$res$fill_b(d,q,clock);
    
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
          
endmodule // sample_ntt$res$fill_b


module sample_ntt$res$unread(d,q,clock);
    
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
          
endmodule // sample_ntt$res$unread

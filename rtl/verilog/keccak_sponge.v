

module keccak_sponge(clock,reset,zeroize,start,mode,out_len,in_data,in_valid,in_last,in_bytes,in_ready,out_data,out_valid,out_last,out_bytes,out_ready,busy,done,error,err_code,fatal);
    
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
    keccak_sponge$core core(
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
    keccak_sponge$fsm fsm(
        .d(fsm$d),
        .q(fsm$q),
        .clock(fsm$clock)
    );
    keccak_sponge$after after(
        .d(after$d),
        .q(after$q),
        .clock(after$clock)
    );
    keccak_sponge$alarm alarm(
        .d(alarm$d),
        .q(alarm$q),
        .clock(alarm$clock)
    );
    keccak_sponge$rate_last rate_last(
        .d(rate_last$d),
        .q(rate_last$q),
        .clock(rate_last$clock)
    );
    keccak_sponge$domain domain(
        .d(domain$d),
        .q(domain$q),
        .clock(domain$clock)
    );
    keccak_sponge$cnt cnt(
        .d(cnt$d),
        .q(cnt$q),
        .clock(cnt$clock)
    );
    keccak_sponge$remaining remaining(
        .d(remaining$d),
        .q(remaining$q),
        .clock(remaining$clock)
    );
    keccak_sponge$err err(
        .d(err$d),
        .q(err$q),
        .clock(err$clock)
    );
    keccak_sponge$code code(
        .d(code$d),
        .q(code$q),
        .clock(code$clock)
    );
    keccak_sponge$done_r done_r(
        .d(done_r$d),
        .q(done_r$q),
        .clock(done_r$clock)
    );
    keccak_sponge$lanes_q lanes_q(
        .d(lanes_q$d),
        .q(lanes_q$q),
        .clock(lanes_q$clock)
    );
    keccak_sponge$last_q last_q(
        .d(last_q$d),
        .q(last_q$q),
        .clock(last_q$clock)
    );
    keccak_sponge$end_wipe end_wipe(
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
    
endmodule // keccak_sponge


module keccak_sponge$after(d,q,clock);
    
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
          
endmodule // keccak_sponge$after


module keccak_sponge$alarm(d,q,clock);
    
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
          
endmodule // keccak_sponge$alarm


module keccak_sponge$cnt(d,q,clock);
    
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
          
endmodule // keccak_sponge$cnt


module keccak_sponge$code(d,q,clock);
    
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
          
endmodule // keccak_sponge$code


module keccak_sponge$core(clock,reset,clear,xor_lanes,xor_data,end_lanes,start,state_out$0,state_out$1,state_out$2,state_out$3,state_out$4,state_out$5,state_out$6,state_out$7,state_out$8,state_out$9,state_out$10,state_out$11,state_out$12,state_out$13,state_out$14,state_out$15,state_out$16,state_out$17,state_out$18,state_out$19,state_out$20,state_out$21,state_out$22,state_out$23,state_out$24,busy,last_step,done,fatal);
    
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
    keccak_sponge$core$state$0 state$0(
        .d(state$0$d),
        .q(state$0$q),
        .clock(state$0$clock)
    );
    keccak_sponge$core$state$1 state$1(
        .d(state$1$d),
        .q(state$1$q),
        .clock(state$1$clock)
    );
    keccak_sponge$core$state$2 state$2(
        .d(state$2$d),
        .q(state$2$q),
        .clock(state$2$clock)
    );
    keccak_sponge$core$state$3 state$3(
        .d(state$3$d),
        .q(state$3$q),
        .clock(state$3$clock)
    );
    keccak_sponge$core$state$4 state$4(
        .d(state$4$d),
        .q(state$4$q),
        .clock(state$4$clock)
    );
    keccak_sponge$core$state$5 state$5(
        .d(state$5$d),
        .q(state$5$q),
        .clock(state$5$clock)
    );
    keccak_sponge$core$state$6 state$6(
        .d(state$6$d),
        .q(state$6$q),
        .clock(state$6$clock)
    );
    keccak_sponge$core$state$7 state$7(
        .d(state$7$d),
        .q(state$7$q),
        .clock(state$7$clock)
    );
    keccak_sponge$core$state$8 state$8(
        .d(state$8$d),
        .q(state$8$q),
        .clock(state$8$clock)
    );
    keccak_sponge$core$state$9 state$9(
        .d(state$9$d),
        .q(state$9$q),
        .clock(state$9$clock)
    );
    keccak_sponge$core$state$10 state$10(
        .d(state$10$d),
        .q(state$10$q),
        .clock(state$10$clock)
    );
    keccak_sponge$core$state$11 state$11(
        .d(state$11$d),
        .q(state$11$q),
        .clock(state$11$clock)
    );
    keccak_sponge$core$state$12 state$12(
        .d(state$12$d),
        .q(state$12$q),
        .clock(state$12$clock)
    );
    keccak_sponge$core$state$13 state$13(
        .d(state$13$d),
        .q(state$13$q),
        .clock(state$13$clock)
    );
    keccak_sponge$core$state$14 state$14(
        .d(state$14$d),
        .q(state$14$q),
        .clock(state$14$clock)
    );
    keccak_sponge$core$state$15 state$15(
        .d(state$15$d),
        .q(state$15$q),
        .clock(state$15$clock)
    );
    keccak_sponge$core$state$16 state$16(
        .d(state$16$d),
        .q(state$16$q),
        .clock(state$16$clock)
    );
    keccak_sponge$core$state$17 state$17(
        .d(state$17$d),
        .q(state$17$q),
        .clock(state$17$clock)
    );
    keccak_sponge$core$state$18 state$18(
        .d(state$18$d),
        .q(state$18$q),
        .clock(state$18$clock)
    );
    keccak_sponge$core$state$19 state$19(
        .d(state$19$d),
        .q(state$19$q),
        .clock(state$19$clock)
    );
    keccak_sponge$core$state$20 state$20(
        .d(state$20$d),
        .q(state$20$q),
        .clock(state$20$clock)
    );
    keccak_sponge$core$state$21 state$21(
        .d(state$21$d),
        .q(state$21$q),
        .clock(state$21$clock)
    );
    keccak_sponge$core$state$22 state$22(
        .d(state$22$d),
        .q(state$22$q),
        .clock(state$22$clock)
    );
    keccak_sponge$core$state$23 state$23(
        .d(state$23$d),
        .q(state$23$q),
        .clock(state$23$clock)
    );
    keccak_sponge$core$state$24 state$24(
        .d(state$24$d),
        .q(state$24$q),
        .clock(state$24$clock)
    );
    keccak_sponge$core$run_st run_st(
        .d(run_st$d),
        .q(run_st$q),
        .clock(run_st$clock)
    );
    keccak_sponge$core$step step(
        .d(step$d),
        .q(step$q),
        .clock(step$clock)
    );
    keccak_sponge$core$step_b step_b(
        .d(step_b$d),
        .q(step_b$q),
        .clock(step_b$clock)
    );
    keccak_sponge$core$done_r done_r(
        .d(done_r$d),
        .q(done_r$q),
        .clock(done_r$clock)
    );
    keccak_sponge$core$alarm alarm(
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
    
endmodule // keccak_sponge$core


module keccak_sponge$core$alarm(d,q,clock);
    
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
          
endmodule // keccak_sponge$core$alarm


module keccak_sponge$core$done_r(d,q,clock);
    
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
          
endmodule // keccak_sponge$core$done_r


module keccak_sponge$core$run_st(d,q,clock);
    
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
          
endmodule // keccak_sponge$core$run_st


module keccak_sponge$core$state$0(d,q,clock);
    
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
          
endmodule // keccak_sponge$core$state$0


module keccak_sponge$core$state$1(d,q,clock);
    
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
          
endmodule // keccak_sponge$core$state$1


module keccak_sponge$core$state$10(d,q,clock);
    
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
          
endmodule // keccak_sponge$core$state$10


module keccak_sponge$core$state$11(d,q,clock);
    
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
          
endmodule // keccak_sponge$core$state$11


module keccak_sponge$core$state$12(d,q,clock);
    
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
          
endmodule // keccak_sponge$core$state$12


module keccak_sponge$core$state$13(d,q,clock);
    
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
          
endmodule // keccak_sponge$core$state$13


module keccak_sponge$core$state$14(d,q,clock);
    
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
          
endmodule // keccak_sponge$core$state$14


module keccak_sponge$core$state$15(d,q,clock);
    
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
          
endmodule // keccak_sponge$core$state$15


module keccak_sponge$core$state$16(d,q,clock);
    
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
          
endmodule // keccak_sponge$core$state$16


module keccak_sponge$core$state$17(d,q,clock);
    
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
          
endmodule // keccak_sponge$core$state$17


module keccak_sponge$core$state$18(d,q,clock);
    
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
          
endmodule // keccak_sponge$core$state$18


module keccak_sponge$core$state$19(d,q,clock);
    
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
          
endmodule // keccak_sponge$core$state$19


module keccak_sponge$core$state$2(d,q,clock);
    
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
          
endmodule // keccak_sponge$core$state$2


module keccak_sponge$core$state$20(d,q,clock);
    
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
          
endmodule // keccak_sponge$core$state$20


module keccak_sponge$core$state$21(d,q,clock);
    
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
          
endmodule // keccak_sponge$core$state$21


module keccak_sponge$core$state$22(d,q,clock);
    
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
          
endmodule // keccak_sponge$core$state$22


module keccak_sponge$core$state$23(d,q,clock);
    
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
          
endmodule // keccak_sponge$core$state$23


module keccak_sponge$core$state$24(d,q,clock);
    
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
          
endmodule // keccak_sponge$core$state$24


module keccak_sponge$core$state$3(d,q,clock);
    
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
          
endmodule // keccak_sponge$core$state$3


module keccak_sponge$core$state$4(d,q,clock);
    
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
          
endmodule // keccak_sponge$core$state$4


module keccak_sponge$core$state$5(d,q,clock);
    
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
          
endmodule // keccak_sponge$core$state$5


module keccak_sponge$core$state$6(d,q,clock);
    
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
          
endmodule // keccak_sponge$core$state$6


module keccak_sponge$core$state$7(d,q,clock);
    
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
          
endmodule // keccak_sponge$core$state$7


module keccak_sponge$core$state$8(d,q,clock);
    
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
          
endmodule // keccak_sponge$core$state$8


module keccak_sponge$core$state$9(d,q,clock);
    
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
          
endmodule // keccak_sponge$core$state$9


module keccak_sponge$core$step(d,q,clock);
    
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
          
endmodule // keccak_sponge$core$step


module keccak_sponge$core$step_b(d,q,clock);
    
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
          
endmodule // keccak_sponge$core$step_b


module keccak_sponge$domain(d,q,clock);
    
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
          
endmodule // keccak_sponge$domain


module keccak_sponge$done_r(d,q,clock);
    
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
          
endmodule // keccak_sponge$done_r


module keccak_sponge$end_wipe(d,q,clock);
    
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
          
endmodule // keccak_sponge$end_wipe


module keccak_sponge$err(d,q,clock);
    
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
          
endmodule // keccak_sponge$err


module keccak_sponge$fsm(d,q,clock);
    
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
          
endmodule // keccak_sponge$fsm


module keccak_sponge$lanes_q(d,q,clock);
    
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
          
endmodule // keccak_sponge$lanes_q


module keccak_sponge$last_q(d,q,clock);
    
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
          
endmodule // keccak_sponge$last_q


module keccak_sponge$rate_last(d,q,clock);
    
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
          
endmodule // keccak_sponge$rate_last


module keccak_sponge$remaining(d,q,clock);
    
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
          
endmodule // keccak_sponge$remaining

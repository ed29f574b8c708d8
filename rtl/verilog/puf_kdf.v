

module puf_kdf(clock,reset,zeroize,start,opcode,window,entropy$0,entropy$1,entropy$2,entropy$3,entropy$4,tie_entropy,entropy_valid,lc_enrol_en,ro_a,ro_b,ro_en,ro_group,h_in_data,h_in_valid,h_in_last,h_in_ready,h_out_data,h_out_valid,h_out_last,h_out_ready,key_out$0,key_out$1,key_out$2,key_out$3,key_valid,busy,done,error,err_code,fatal,enrol_locked);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  zeroize;
    input wire  start;
    input wire  [1:0] opcode;
    input wire  [15:0] window;
    input wire  [63:0] entropy$0;
    input wire  [63:0] entropy$1;
    input wire  [63:0] entropy$2;
    input wire  [63:0] entropy$3;
    input wire  [63:0] entropy$4;
    input wire  [15:0] tie_entropy;
    input wire  entropy_valid;
    input wire  [3:0] lc_enrol_en;
    input wire  [15:0] ro_a;
    input wire  [15:0] ro_b;
    output reg  ro_en;
    output reg  [8:0] ro_group;
    input wire  [63:0] h_in_data;
    input wire  h_in_valid;
    input wire  h_in_last;
    output reg  h_in_ready;
    output reg  [63:0] h_out_data;
    output reg  h_out_valid;
    output reg  h_out_last;
    input wire  h_out_ready;
    output reg  [63:0] key_out$0;
    output reg  [63:0] key_out$1;
    output reg  [63:0] key_out$2;
    output reg  [63:0] key_out$3;
    output reg  key_valid;
    output reg  busy;
    output reg  done;
    output reg  error;
    output reg  [3:0] err_code;
    output reg  fatal;
    output reg  enrol_locked;
    
    // Constant declarations
    localparam  row$0 = 64'haaaaaaaaaaaaaaaa;
    localparam  row$1 = 64'hcccccccccccccccc;
    localparam  row$2 = 64'hf0f0f0f0f0f0f0f0;
    localparam  row$3 = 64'hff00ff00ff00ff00;
    localparam  row$4 = 64'hffff0000ffff0000;
    localparam  row$5 = 64'hffffffff00000000;
    localparam  label = 64'h323046444b465550;
    localparam  ones = 64'hffffffffffffffff;
    localparam  s_idle = 7'b0;
    localparam  s_measure = 7'b110001;
    localparam  s_compare = 7'b1010010;
    localparam  s_helper_in = 7'b1100011;
    localparam  s_helper_out = 7'b1100100;
    localparam  s_decode = 7'b1010101;
    localparam  s_store = 7'b110110;
    localparam  s_kcv_in = 7'b111;
    localparam  s_hash_out = 7'b1111000;
    localparam  s_kdf_start = 7'b1001001;
    localparam  s_kdf_absorb = 7'b101010;
    localparam  s_kdf_squeeze = 7'b11011;
    localparam  s_kcv_out = 7'b11100;
    localparam  s_abort = 7'b101101;
    localparam  s_check = 7'b1001110;
    localparam  mb_true = 4'hf;
    localparam  mb_false = 4'h0;
    localparam  lc_on = 4'ha;
    
    // Stub signals
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
    reg  [6:0] fsm$d;
    wire  [6:0] fsm$q;
    reg  fsm$clock;
    reg  [3:0] mode$d;
    wire  [3:0] mode$q;
    reg  mode$clock;
    reg  alarm$d;
    wire  alarm$q;
    reg  alarm$clock;
    reg  [3:0] lock$d;
    wire  [3:0] lock$q;
    reg  lock$clock;
    reg  [15:0] win$d;
    wire  [15:0] win$q;
    reg  win$clock;
    reg  [16:0] t$d;
    wire  [16:0] t$q;
    reg  t$clock;
    reg  [5:0] blk$d;
    wire  [5:0] blk$q;
    reg  blk$clock;
    reg  [2:0] grp$d;
    wire  [2:0] grp$q;
    reg  grp$clock;
    reg  [6:0] word$d;
    wire  [6:0] word$q;
    reg  word$clock;
    reg  [15:0] win_b$d;
    wire  [15:0] win_b$q;
    reg  win_b$clock;
    reg  [16:0] t_b$d;
    wire  [16:0] t_b$q;
    reg  t_b$clock;
    reg  [5:0] blk_b$d;
    wire  [5:0] blk_b$q;
    reg  blk_b$clock;
    reg  [2:0] grp_b$d;
    wire  [2:0] grp_b$q;
    reg  grp_b$clock;
    reg  [6:0] word_b$d;
    wire  [6:0] word_b$q;
    reg  word_b$clock;
    reg  [7:0] u_b$d;
    wire  [7:0] u_b$q;
    reg  u_b$clock;
    reg  [15:0] sy1_a$d;
    wire  [15:0] sy1_a$q;
    reg  sy1_a$clock;
    reg  [15:0] sy2_a$d;
    wire  [15:0] sy2_a$q;
    reg  sy2_a$clock;
    reg  [15:0] pv_a$d;
    wire  [15:0] pv_a$q;
    reg  pv_a$clock;
    reg  [15:0] sy1_b$d;
    wire  [15:0] sy1_b$q;
    reg  sy1_b$clock;
    reg  [15:0] sy2_b$d;
    wire  [15:0] sy2_b$q;
    reg  sy2_b$clock;
    reg  [15:0] pv_b$d;
    wire  [15:0] pv_b$q;
    reg  pv_b$clock;
    reg  [15:0] cnt_a$0$d;
    wire  [15:0] cnt_a$0$q;
    reg  cnt_a$0$clock;
    reg  [15:0] cnt_a$1$d;
    wire  [15:0] cnt_a$1$q;
    reg  cnt_a$1$clock;
    reg  [15:0] cnt_a$2$d;
    wire  [15:0] cnt_a$2$q;
    reg  cnt_a$2$clock;
    reg  [15:0] cnt_a$3$d;
    wire  [15:0] cnt_a$3$q;
    reg  cnt_a$3$clock;
    reg  [15:0] cnt_a$4$d;
    wire  [15:0] cnt_a$4$q;
    reg  cnt_a$4$clock;
    reg  [15:0] cnt_a$5$d;
    wire  [15:0] cnt_a$5$q;
    reg  cnt_a$5$clock;
    reg  [15:0] cnt_a$6$d;
    wire  [15:0] cnt_a$6$q;
    reg  cnt_a$6$clock;
    reg  [15:0] cnt_a$7$d;
    wire  [15:0] cnt_a$7$q;
    reg  cnt_a$7$clock;
    reg  [15:0] cnt_a$8$d;
    wire  [15:0] cnt_a$8$q;
    reg  cnt_a$8$clock;
    reg  [15:0] cnt_a$9$d;
    wire  [15:0] cnt_a$9$q;
    reg  cnt_a$9$clock;
    reg  [15:0] cnt_a$10$d;
    wire  [15:0] cnt_a$10$q;
    reg  cnt_a$10$clock;
    reg  [15:0] cnt_a$11$d;
    wire  [15:0] cnt_a$11$q;
    reg  cnt_a$11$clock;
    reg  [15:0] cnt_a$12$d;
    wire  [15:0] cnt_a$12$q;
    reg  cnt_a$12$clock;
    reg  [15:0] cnt_a$13$d;
    wire  [15:0] cnt_a$13$q;
    reg  cnt_a$13$clock;
    reg  [15:0] cnt_a$14$d;
    wire  [15:0] cnt_a$14$q;
    reg  cnt_a$14$clock;
    reg  [15:0] cnt_a$15$d;
    wire  [15:0] cnt_a$15$q;
    reg  cnt_a$15$clock;
    reg  [15:0] cnt_b$0$d;
    wire  [15:0] cnt_b$0$q;
    reg  cnt_b$0$clock;
    reg  [15:0] cnt_b$1$d;
    wire  [15:0] cnt_b$1$q;
    reg  cnt_b$1$clock;
    reg  [15:0] cnt_b$2$d;
    wire  [15:0] cnt_b$2$q;
    reg  cnt_b$2$clock;
    reg  [15:0] cnt_b$3$d;
    wire  [15:0] cnt_b$3$q;
    reg  cnt_b$3$clock;
    reg  [15:0] cnt_b$4$d;
    wire  [15:0] cnt_b$4$q;
    reg  cnt_b$4$clock;
    reg  [15:0] cnt_b$5$d;
    wire  [15:0] cnt_b$5$q;
    reg  cnt_b$5$clock;
    reg  [15:0] cnt_b$6$d;
    wire  [15:0] cnt_b$6$q;
    reg  cnt_b$6$clock;
    reg  [15:0] cnt_b$7$d;
    wire  [15:0] cnt_b$7$q;
    reg  cnt_b$7$clock;
    reg  [15:0] cnt_b$8$d;
    wire  [15:0] cnt_b$8$q;
    reg  cnt_b$8$clock;
    reg  [15:0] cnt_b$9$d;
    wire  [15:0] cnt_b$9$q;
    reg  cnt_b$9$clock;
    reg  [15:0] cnt_b$10$d;
    wire  [15:0] cnt_b$10$q;
    reg  cnt_b$10$clock;
    reg  [15:0] cnt_b$11$d;
    wire  [15:0] cnt_b$11$q;
    reg  cnt_b$11$clock;
    reg  [15:0] cnt_b$12$d;
    wire  [15:0] cnt_b$12$q;
    reg  cnt_b$12$clock;
    reg  [15:0] cnt_b$13$d;
    wire  [15:0] cnt_b$13$q;
    reg  cnt_b$13$clock;
    reg  [15:0] cnt_b$14$d;
    wire  [15:0] cnt_b$14$q;
    reg  cnt_b$14$clock;
    reg  [15:0] cnt_b$15$d;
    wire  [15:0] cnt_b$15$q;
    reg  cnt_b$15$clock;
    reg  [63:0] resp_lo$d;
    wire  [63:0] resp_lo$q;
    reg  resp_lo$clock;
    reg  [63:0] resp_hi$d;
    wire  [63:0] resp_hi$q;
    reg  resp_hi$clock;
    reg  [63:0] sec$0$d;
    wire  [63:0] sec$0$q;
    reg  sec$0$clock;
    reg  [63:0] sec$1$d;
    wire  [63:0] sec$1$q;
    reg  sec$1$clock;
    reg  [63:0] sec$2$d;
    wire  [63:0] sec$2$q;
    reg  sec$2$clock;
    reg  [63:0] sec$3$d;
    wire  [63:0] sec$3$q;
    reg  sec$3$clock;
    reg  [63:0] sec$4$d;
    wire  [63:0] sec$4$q;
    reg  sec$4$clock;
    reg  [63:0] hh$0$d;
    wire  [63:0] hh$0$q;
    reg  hh$0$clock;
    reg  [63:0] hh$1$d;
    wire  [63:0] hh$1$q;
    reg  hh$1$clock;
    reg  [63:0] hh$2$d;
    wire  [63:0] hh$2$q;
    reg  hh$2$clock;
    reg  [63:0] hh$3$d;
    wire  [63:0] hh$3$q;
    reg  hh$3$clock;
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
    reg  [3:0] key_ok$d;
    wire  [3:0] key_ok$q;
    reg  key_ok$clock;
    reg  [3:0] kcv_ok$d;
    wire  [3:0] kcv_ok$q;
    reg  kcv_ok$clock;
    reg  [63:0] kcv$d;
    wire  [63:0] kcv$q;
    reg  kcv$clock;
    reg  [7:0] u$d;
    wire  [7:0] u$q;
    reg  u$clock;
    reg  [7:0] best_m$d;
    wire  [7:0] best_m$q;
    reg  best_m$clock;
    reg  [7:0] best_byte$d;
    wire  [7:0] best_byte$q;
    reg  best_byte$clock;
    reg  [7:0] p3_q$0$d;
    wire  [7:0] p3_q$0$q;
    reg  p3_q$0$clock;
    reg  [7:0] p3_q$1$d;
    wire  [7:0] p3_q$1$q;
    reg  p3_q$1$clock;
    reg  [7:0] p3_q$2$d;
    wire  [7:0] p3_q$2$q;
    reg  p3_q$2$clock;
    reg  [7:0] p3_q$3$d;
    wire  [7:0] p3_q$3$q;
    reg  p3_q$3$clock;
    reg  [7:0] p3_q$4$d;
    wire  [7:0] p3_q$4$q;
    reg  p3_q$4$clock;
    reg  [7:0] p3_q$5$d;
    wire  [7:0] p3_q$5$q;
    reg  p3_q$5$clock;
    reg  [7:0] p3_q$6$d;
    wire  [7:0] p3_q$6$q;
    reg  p3_q$6$clock;
    reg  [7:0] p3_q$7$d;
    wire  [7:0] p3_q$7$q;
    reg  p3_q$7$clock;
    reg  [7:0] p3_q$8$d;
    wire  [7:0] p3_q$8$q;
    reg  p3_q$8$clock;
    reg  [7:0] p3_q$9$d;
    wire  [7:0] p3_q$9$q;
    reg  p3_q$9$clock;
    reg  [7:0] p3_q$10$d;
    wire  [7:0] p3_q$10$q;
    reg  p3_q$10$clock;
    reg  [7:0] p3_q$11$d;
    wire  [7:0] p3_q$11$q;
    reg  p3_q$11$clock;
    reg  [7:0] p3_q$12$d;
    wire  [7:0] p3_q$12$q;
    reg  p3_q$12$clock;
    reg  [7:0] p3_q$13$d;
    wire  [7:0] p3_q$13$q;
    reg  p3_q$13$clock;
    reg  [7:0] p3_q$14$d;
    wire  [7:0] p3_q$14$q;
    reg  p3_q$14$clock;
    reg  [7:0] p3_q$15$d;
    wire  [7:0] p3_q$15$q;
    reg  p3_q$15$clock;
    reg  [7:0] sel_q$d;
    wire  [7:0] sel_q$q;
    reg  sel_q$clock;
    reg  wipe_q$d;
    wire  wipe_q$q;
    reg  wipe_q$clock;
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
    reg  enrolling;
    reg  fsm_ok;
    reg  mode_ok;
    reg  mubi_ok;
    reg  lock_ok;
    reg  ctr_ok;
    reg  released;
    reg  kcv_match;
    reg  bad_own;
    reg  bad;
    reg  kill_sponge;
    reg  kill;
    reg  kill_wide;
    reg  accept;
    reg  hh_take;
    reg  [16:0] win17;
    reg  count_en;
    reg  [15:0] edge_a;
    reg  [15:0] edge_b;
    reg  [15:0] cmp$0;
    reg  [15:0] cmp$1;
    reg  [15:0] cmp$2;
    reg  [15:0] cmp$3;
    reg  [15:0] cmp$4;
    reg  [15:0] cmp$5;
    reg  [15:0] cmp$6;
    reg  [15:0] cmp$7;
    reg  [15:0] cmp$8;
    reg  [15:0] cmp$9;
    reg  [15:0] cmp$10;
    reg  [15:0] cmp$11;
    reg  [15:0] cmp$12;
    reg  [15:0] cmp$13;
    reg  [15:0] cmp$14;
    reg  [15:0] cmp$15;
    reg  [15:0] cmp$16;
    reg  [6:0] lu_sel;
    reg  [63:0] lt$0;
    reg  [63:0] lt$1;
    reg  [63:0] lt$2;
    reg  [63:0] lt$3;
    reg  [63:0] lt$4;
    reg  [63:0] lt$5;
    reg  [63:0] lt$6;
    reg  [63:0] l_lo;
    reg  [63:0] l_hi;
    reg  [7:0] byte_e;
    reg  [63:0] cw_lo;
    reg  [63:0] cw_hi;
    reg  [63:0] v_lo;
    reg  [63:0] v_hi;
    reg  [7:0] p0$0;
    reg  [7:0] p0$1;
    reg  [7:0] p0$2;
    reg  [7:0] p0$3;
    reg  [7:0] p0$4;
    reg  [7:0] p0$5;
    reg  [7:0] p0$6;
    reg  [7:0] p0$7;
    reg  [7:0] p0$8;
    reg  [7:0] p0$9;
    reg  [7:0] p0$10;
    reg  [7:0] p0$11;
    reg  [7:0] p0$12;
    reg  [7:0] p0$13;
    reg  [7:0] p0$14;
    reg  [7:0] p0$15;
    reg  [7:0] p0$16;
    reg  [7:0] p0$17;
    reg  [7:0] p0$18;
    reg  [7:0] p0$19;
    reg  [7:0] p0$20;
    reg  [7:0] p0$21;
    reg  [7:0] p0$22;
    reg  [7:0] p0$23;
    reg  [7:0] p0$24;
    reg  [7:0] p0$25;
    reg  [7:0] p0$26;
    reg  [7:0] p0$27;
    reg  [7:0] p0$28;
    reg  [7:0] p0$29;
    reg  [7:0] p0$30;
    reg  [7:0] p0$31;
    reg  [7:0] p0$32;
    reg  [7:0] p0$33;
    reg  [7:0] p0$34;
    reg  [7:0] p0$35;
    reg  [7:0] p0$36;
    reg  [7:0] p0$37;
    reg  [7:0] p0$38;
    reg  [7:0] p0$39;
    reg  [7:0] p0$40;
    reg  [7:0] p0$41;
    reg  [7:0] p0$42;
    reg  [7:0] p0$43;
    reg  [7:0] p0$44;
    reg  [7:0] p0$45;
    reg  [7:0] p0$46;
    reg  [7:0] p0$47;
    reg  [7:0] p0$48;
    reg  [7:0] p0$49;
    reg  [7:0] p0$50;
    reg  [7:0] p0$51;
    reg  [7:0] p0$52;
    reg  [7:0] p0$53;
    reg  [7:0] p0$54;
    reg  [7:0] p0$55;
    reg  [7:0] p0$56;
    reg  [7:0] p0$57;
    reg  [7:0] p0$58;
    reg  [7:0] p0$59;
    reg  [7:0] p0$60;
    reg  [7:0] p0$61;
    reg  [7:0] p0$62;
    reg  [7:0] p0$63;
    reg  [7:0] p0$64;
    reg  [7:0] p0$65;
    reg  [7:0] p0$66;
    reg  [7:0] p0$67;
    reg  [7:0] p0$68;
    reg  [7:0] p0$69;
    reg  [7:0] p0$70;
    reg  [7:0] p0$71;
    reg  [7:0] p0$72;
    reg  [7:0] p0$73;
    reg  [7:0] p0$74;
    reg  [7:0] p0$75;
    reg  [7:0] p0$76;
    reg  [7:0] p0$77;
    reg  [7:0] p0$78;
    reg  [7:0] p0$79;
    reg  [7:0] p0$80;
    reg  [7:0] p0$81;
    reg  [7:0] p0$82;
    reg  [7:0] p0$83;
    reg  [7:0] p0$84;
    reg  [7:0] p0$85;
    reg  [7:0] p0$86;
    reg  [7:0] p0$87;
    reg  [7:0] p0$88;
    reg  [7:0] p0$89;
    reg  [7:0] p0$90;
    reg  [7:0] p0$91;
    reg  [7:0] p0$92;
    reg  [7:0] p0$93;
    reg  [7:0] p0$94;
    reg  [7:0] p0$95;
    reg  [7:0] p0$96;
    reg  [7:0] p0$97;
    reg  [7:0] p0$98;
    reg  [7:0] p0$99;
    reg  [7:0] p0$100;
    reg  [7:0] p0$101;
    reg  [7:0] p0$102;
    reg  [7:0] p0$103;
    reg  [7:0] p0$104;
    reg  [7:0] p0$105;
    reg  [7:0] p0$106;
    reg  [7:0] p0$107;
    reg  [7:0] p0$108;
    reg  [7:0] p0$109;
    reg  [7:0] p0$110;
    reg  [7:0] p0$111;
    reg  [7:0] p0$112;
    reg  [7:0] p0$113;
    reg  [7:0] p0$114;
    reg  [7:0] p0$115;
    reg  [7:0] p0$116;
    reg  [7:0] p0$117;
    reg  [7:0] p0$118;
    reg  [7:0] p0$119;
    reg  [7:0] p0$120;
    reg  [7:0] p0$121;
    reg  [7:0] p0$122;
    reg  [7:0] p0$123;
    reg  [7:0] p0$124;
    reg  [7:0] p0$125;
    reg  [7:0] p0$126;
    reg  [7:0] p0$127;
    reg  [7:0] p1$0;
    reg  [7:0] p1$1;
    reg  [7:0] p1$2;
    reg  [7:0] p1$3;
    reg  [7:0] p1$4;
    reg  [7:0] p1$5;
    reg  [7:0] p1$6;
    reg  [7:0] p1$7;
    reg  [7:0] p1$8;
    reg  [7:0] p1$9;
    reg  [7:0] p1$10;
    reg  [7:0] p1$11;
    reg  [7:0] p1$12;
    reg  [7:0] p1$13;
    reg  [7:0] p1$14;
    reg  [7:0] p1$15;
    reg  [7:0] p1$16;
    reg  [7:0] p1$17;
    reg  [7:0] p1$18;
    reg  [7:0] p1$19;
    reg  [7:0] p1$20;
    reg  [7:0] p1$21;
    reg  [7:0] p1$22;
    reg  [7:0] p1$23;
    reg  [7:0] p1$24;
    reg  [7:0] p1$25;
    reg  [7:0] p1$26;
    reg  [7:0] p1$27;
    reg  [7:0] p1$28;
    reg  [7:0] p1$29;
    reg  [7:0] p1$30;
    reg  [7:0] p1$31;
    reg  [7:0] p1$32;
    reg  [7:0] p1$33;
    reg  [7:0] p1$34;
    reg  [7:0] p1$35;
    reg  [7:0] p1$36;
    reg  [7:0] p1$37;
    reg  [7:0] p1$38;
    reg  [7:0] p1$39;
    reg  [7:0] p1$40;
    reg  [7:0] p1$41;
    reg  [7:0] p1$42;
    reg  [7:0] p1$43;
    reg  [7:0] p1$44;
    reg  [7:0] p1$45;
    reg  [7:0] p1$46;
    reg  [7:0] p1$47;
    reg  [7:0] p1$48;
    reg  [7:0] p1$49;
    reg  [7:0] p1$50;
    reg  [7:0] p1$51;
    reg  [7:0] p1$52;
    reg  [7:0] p1$53;
    reg  [7:0] p1$54;
    reg  [7:0] p1$55;
    reg  [7:0] p1$56;
    reg  [7:0] p1$57;
    reg  [7:0] p1$58;
    reg  [7:0] p1$59;
    reg  [7:0] p1$60;
    reg  [7:0] p1$61;
    reg  [7:0] p1$62;
    reg  [7:0] p1$63;
    reg  [7:0] p2$0;
    reg  [7:0] p2$1;
    reg  [7:0] p2$2;
    reg  [7:0] p2$3;
    reg  [7:0] p2$4;
    reg  [7:0] p2$5;
    reg  [7:0] p2$6;
    reg  [7:0] p2$7;
    reg  [7:0] p2$8;
    reg  [7:0] p2$9;
    reg  [7:0] p2$10;
    reg  [7:0] p2$11;
    reg  [7:0] p2$12;
    reg  [7:0] p2$13;
    reg  [7:0] p2$14;
    reg  [7:0] p2$15;
    reg  [7:0] p2$16;
    reg  [7:0] p2$17;
    reg  [7:0] p2$18;
    reg  [7:0] p2$19;
    reg  [7:0] p2$20;
    reg  [7:0] p2$21;
    reg  [7:0] p2$22;
    reg  [7:0] p2$23;
    reg  [7:0] p2$24;
    reg  [7:0] p2$25;
    reg  [7:0] p2$26;
    reg  [7:0] p2$27;
    reg  [7:0] p2$28;
    reg  [7:0] p2$29;
    reg  [7:0] p2$30;
    reg  [7:0] p2$31;
    reg  [7:0] p3$0;
    reg  [7:0] p3$1;
    reg  [7:0] p3$2;
    reg  [7:0] p3$3;
    reg  [7:0] p3$4;
    reg  [7:0] p3$5;
    reg  [7:0] p3$6;
    reg  [7:0] p3$7;
    reg  [7:0] p3$8;
    reg  [7:0] p3$9;
    reg  [7:0] p3$10;
    reg  [7:0] p3$11;
    reg  [7:0] p3$12;
    reg  [7:0] p3$13;
    reg  [7:0] p3$14;
    reg  [7:0] p3$15;
    reg  [7:0] p4$0;
    reg  [7:0] p4$1;
    reg  [7:0] p4$2;
    reg  [7:0] p4$3;
    reg  [7:0] p4$4;
    reg  [7:0] p4$5;
    reg  [7:0] p4$6;
    reg  [7:0] p4$7;
    reg  [7:0] p5$0;
    reg  [7:0] p5$1;
    reg  [7:0] p5$2;
    reg  [7:0] p5$3;
    reg  [7:0] p6$0;
    reg  [7:0] p6$1;
    reg  [7:0] pc;
    reg  [7:0] m_cur;
    reg  a0_cur;
    reg  [7:0] store_byte;
    reg  [63:0] kdf_word;
    reg  [63:0] hw;
    reg  wipe;
    reg  abort;
    
    // Sub module instances
    puf_kdf$sponge sponge(
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
    puf_kdf$fsm fsm(
        .d(fsm$d),
        .q(fsm$q),
        .clock(fsm$clock)
    );
    puf_kdf$mode mode(
        .d(mode$d),
        .q(mode$q),
        .clock(mode$clock)
    );
    puf_kdf$alarm alarm(
        .d(alarm$d),
        .q(alarm$q),
        .clock(alarm$clock)
    );
    puf_kdf$lock lock(
        .d(lock$d),
        .q(lock$q),
        .clock(lock$clock)
    );
    puf_kdf$win win(
        .d(win$d),
        .q(win$q),
        .clock(win$clock)
    );
    puf_kdf$t t(
        .d(t$d),
        .q(t$q),
        .clock(t$clock)
    );
    puf_kdf$blk blk(
        .d(blk$d),
        .q(blk$q),
        .clock(blk$clock)
    );
    puf_kdf$grp grp(
        .d(grp$d),
        .q(grp$q),
        .clock(grp$clock)
    );
    puf_kdf$word word(
        .d(word$d),
        .q(word$q),
        .clock(word$clock)
    );
    puf_kdf$win_b win_b(
        .d(win_b$d),
        .q(win_b$q),
        .clock(win_b$clock)
    );
    puf_kdf$t_b t_b(
        .d(t_b$d),
        .q(t_b$q),
        .clock(t_b$clock)
    );
    puf_kdf$blk_b blk_b(
        .d(blk_b$d),
        .q(blk_b$q),
        .clock(blk_b$clock)
    );
    puf_kdf$grp_b grp_b(
        .d(grp_b$d),
        .q(grp_b$q),
        .clock(grp_b$clock)
    );
    puf_kdf$word_b word_b(
        .d(word_b$d),
        .q(word_b$q),
        .clock(word_b$clock)
    );
    puf_kdf$u_b u_b(
        .d(u_b$d),
        .q(u_b$q),
        .clock(u_b$clock)
    );
    puf_kdf$sy1_a sy1_a(
        .d(sy1_a$d),
        .q(sy1_a$q),
        .clock(sy1_a$clock)
    );
    puf_kdf$sy2_a sy2_a(
        .d(sy2_a$d),
        .q(sy2_a$q),
        .clock(sy2_a$clock)
    );
    puf_kdf$pv_a pv_a(
        .d(pv_a$d),
        .q(pv_a$q),
        .clock(pv_a$clock)
    );
    puf_kdf$sy1_b sy1_b(
        .d(sy1_b$d),
        .q(sy1_b$q),
        .clock(sy1_b$clock)
    );
    puf_kdf$sy2_b sy2_b(
        .d(sy2_b$d),
        .q(sy2_b$q),
        .clock(sy2_b$clock)
    );
    puf_kdf$pv_b pv_b(
        .d(pv_b$d),
        .q(pv_b$q),
        .clock(pv_b$clock)
    );
    puf_kdf$cnt_a$0 cnt_a$0(
        .d(cnt_a$0$d),
        .q(cnt_a$0$q),
        .clock(cnt_a$0$clock)
    );
    puf_kdf$cnt_a$1 cnt_a$1(
        .d(cnt_a$1$d),
        .q(cnt_a$1$q),
        .clock(cnt_a$1$clock)
    );
    puf_kdf$cnt_a$2 cnt_a$2(
        .d(cnt_a$2$d),
        .q(cnt_a$2$q),
        .clock(cnt_a$2$clock)
    );
    puf_kdf$cnt_a$3 cnt_a$3(
        .d(cnt_a$3$d),
        .q(cnt_a$3$q),
        .clock(cnt_a$3$clock)
    );
    puf_kdf$cnt_a$4 cnt_a$4(
        .d(cnt_a$4$d),
        .q(cnt_a$4$q),
        .clock(cnt_a$4$clock)
    );
    puf_kdf$cnt_a$5 cnt_a$5(
        .d(cnt_a$5$d),
        .q(cnt_a$5$q),
        .clock(cnt_a$5$clock)
    );
    puf_kdf$cnt_a$6 cnt_a$6(
        .d(cnt_a$6$d),
        .q(cnt_a$6$q),
        .clock(cnt_a$6$clock)
    );
    puf_kdf$cnt_a$7 cnt_a$7(
        .d(cnt_a$7$d),
        .q(cnt_a$7$q),
        .clock(cnt_a$7$clock)
    );
    puf_kdf$cnt_a$8 cnt_a$8(
        .d(cnt_a$8$d),
        .q(cnt_a$8$q),
        .clock(cnt_a$8$clock)
    );
    puf_kdf$cnt_a$9 cnt_a$9(
        .d(cnt_a$9$d),
        .q(cnt_a$9$q),
        .clock(cnt_a$9$clock)
    );
    puf_kdf$cnt_a$10 cnt_a$10(
        .d(cnt_a$10$d),
        .q(cnt_a$10$q),
        .clock(cnt_a$10$clock)
    );
    puf_kdf$cnt_a$11 cnt_a$11(
        .d(cnt_a$11$d),
        .q(cnt_a$11$q),
        .clock(cnt_a$11$clock)
    );
    puf_kdf$cnt_a$12 cnt_a$12(
        .d(cnt_a$12$d),
        .q(cnt_a$12$q),
        .clock(cnt_a$12$clock)
    );
    puf_kdf$cnt_a$13 cnt_a$13(
        .d(cnt_a$13$d),
        .q(cnt_a$13$q),
        .clock(cnt_a$13$clock)
    );
    puf_kdf$cnt_a$14 cnt_a$14(
        .d(cnt_a$14$d),
        .q(cnt_a$14$q),
        .clock(cnt_a$14$clock)
    );
    puf_kdf$cnt_a$15 cnt_a$15(
        .d(cnt_a$15$d),
        .q(cnt_a$15$q),
        .clock(cnt_a$15$clock)
    );
    puf_kdf$cnt_b$0 cnt_b$0(
        .d(cnt_b$0$d),
        .q(cnt_b$0$q),
        .clock(cnt_b$0$clock)
    );
    puf_kdf$cnt_b$1 cnt_b$1(
        .d(cnt_b$1$d),
        .q(cnt_b$1$q),
        .clock(cnt_b$1$clock)
    );
    puf_kdf$cnt_b$2 cnt_b$2(
        .d(cnt_b$2$d),
        .q(cnt_b$2$q),
        .clock(cnt_b$2$clock)
    );
    puf_kdf$cnt_b$3 cnt_b$3(
        .d(cnt_b$3$d),
        .q(cnt_b$3$q),
        .clock(cnt_b$3$clock)
    );
    puf_kdf$cnt_b$4 cnt_b$4(
        .d(cnt_b$4$d),
        .q(cnt_b$4$q),
        .clock(cnt_b$4$clock)
    );
    puf_kdf$cnt_b$5 cnt_b$5(
        .d(cnt_b$5$d),
        .q(cnt_b$5$q),
        .clock(cnt_b$5$clock)
    );
    puf_kdf$cnt_b$6 cnt_b$6(
        .d(cnt_b$6$d),
        .q(cnt_b$6$q),
        .clock(cnt_b$6$clock)
    );
    puf_kdf$cnt_b$7 cnt_b$7(
        .d(cnt_b$7$d),
        .q(cnt_b$7$q),
        .clock(cnt_b$7$clock)
    );
    puf_kdf$cnt_b$8 cnt_b$8(
        .d(cnt_b$8$d),
        .q(cnt_b$8$q),
        .clock(cnt_b$8$clock)
    );
    puf_kdf$cnt_b$9 cnt_b$9(
        .d(cnt_b$9$d),
        .q(cnt_b$9$q),
        .clock(cnt_b$9$clock)
    );
    puf_kdf$cnt_b$10 cnt_b$10(
        .d(cnt_b$10$d),
        .q(cnt_b$10$q),
        .clock(cnt_b$10$clock)
    );
    puf_kdf$cnt_b$11 cnt_b$11(
        .d(cnt_b$11$d),
        .q(cnt_b$11$q),
        .clock(cnt_b$11$clock)
    );
    puf_kdf$cnt_b$12 cnt_b$12(
        .d(cnt_b$12$d),
        .q(cnt_b$12$q),
        .clock(cnt_b$12$clock)
    );
    puf_kdf$cnt_b$13 cnt_b$13(
        .d(cnt_b$13$d),
        .q(cnt_b$13$q),
        .clock(cnt_b$13$clock)
    );
    puf_kdf$cnt_b$14 cnt_b$14(
        .d(cnt_b$14$d),
        .q(cnt_b$14$q),
        .clock(cnt_b$14$clock)
    );
    puf_kdf$cnt_b$15 cnt_b$15(
        .d(cnt_b$15$d),
        .q(cnt_b$15$q),
        .clock(cnt_b$15$clock)
    );
    puf_kdf$resp_lo resp_lo(
        .d(resp_lo$d),
        .q(resp_lo$q),
        .clock(resp_lo$clock)
    );
    puf_kdf$resp_hi resp_hi(
        .d(resp_hi$d),
        .q(resp_hi$q),
        .clock(resp_hi$clock)
    );
    puf_kdf$sec$0 sec$0(
        .d(sec$0$d),
        .q(sec$0$q),
        .clock(sec$0$clock)
    );
    puf_kdf$sec$1 sec$1(
        .d(sec$1$d),
        .q(sec$1$q),
        .clock(sec$1$clock)
    );
    puf_kdf$sec$2 sec$2(
        .d(sec$2$d),
        .q(sec$2$q),
        .clock(sec$2$clock)
    );
    puf_kdf$sec$3 sec$3(
        .d(sec$3$d),
        .q(sec$3$q),
        .clock(sec$3$clock)
    );
    puf_kdf$sec$4 sec$4(
        .d(sec$4$d),
        .q(sec$4$q),
        .clock(sec$4$clock)
    );
    puf_kdf$hh$0 hh$0(
        .d(hh$0$d),
        .q(hh$0$q),
        .clock(hh$0$clock)
    );
    puf_kdf$hh$1 hh$1(
        .d(hh$1$d),
        .q(hh$1$q),
        .clock(hh$1$clock)
    );
    puf_kdf$hh$2 hh$2(
        .d(hh$2$d),
        .q(hh$2$q),
        .clock(hh$2$clock)
    );
    puf_kdf$hh$3 hh$3(
        .d(hh$3$d),
        .q(hh$3$q),
        .clock(hh$3$clock)
    );
    puf_kdf$key$0 key$0(
        .d(key$0$d),
        .q(key$0$q),
        .clock(key$0$clock)
    );
    puf_kdf$key$1 key$1(
        .d(key$1$d),
        .q(key$1$q),
        .clock(key$1$clock)
    );
    puf_kdf$key$2 key$2(
        .d(key$2$d),
        .q(key$2$q),
        .clock(key$2$clock)
    );
    puf_kdf$key$3 key$3(
        .d(key$3$d),
        .q(key$3$q),
        .clock(key$3$clock)
    );
    puf_kdf$key_ok key_ok(
        .d(key_ok$d),
        .q(key_ok$q),
        .clock(key_ok$clock)
    );
    puf_kdf$kcv_ok kcv_ok(
        .d(kcv_ok$d),
        .q(kcv_ok$q),
        .clock(kcv_ok$clock)
    );
    puf_kdf$kcv kcv(
        .d(kcv$d),
        .q(kcv$q),
        .clock(kcv$clock)
    );
    puf_kdf$u u(
        .d(u$d),
        .q(u$q),
        .clock(u$clock)
    );
    puf_kdf$best_m best_m(
        .d(best_m$d),
        .q(best_m$q),
        .clock(best_m$clock)
    );
    puf_kdf$best_byte best_byte(
        .d(best_byte$d),
        .q(best_byte$q),
        .clock(best_byte$clock)
    );
    puf_kdf$p3_q$0 p3_q$0(
        .d(p3_q$0$d),
        .q(p3_q$0$q),
        .clock(p3_q$0$clock)
    );
    puf_kdf$p3_q$1 p3_q$1(
        .d(p3_q$1$d),
        .q(p3_q$1$q),
        .clock(p3_q$1$clock)
    );
    puf_kdf$p3_q$2 p3_q$2(
        .d(p3_q$2$d),
        .q(p3_q$2$q),
        .clock(p3_q$2$clock)
    );
    puf_kdf$p3_q$3 p3_q$3(
        .d(p3_q$3$d),
        .q(p3_q$3$q),
        .clock(p3_q$3$clock)
    );
    puf_kdf$p3_q$4 p3_q$4(
        .d(p3_q$4$d),
        .q(p3_q$4$q),
        .clock(p3_q$4$clock)
    );
    puf_kdf$p3_q$5 p3_q$5(
        .d(p3_q$5$d),
        .q(p3_q$5$q),
        .clock(p3_q$5$clock)
    );
    puf_kdf$p3_q$6 p3_q$6(
        .d(p3_q$6$d),
        .q(p3_q$6$q),
        .clock(p3_q$6$clock)
    );
    puf_kdf$p3_q$7 p3_q$7(
        .d(p3_q$7$d),
        .q(p3_q$7$q),
        .clock(p3_q$7$clock)
    );
    puf_kdf$p3_q$8 p3_q$8(
        .d(p3_q$8$d),
        .q(p3_q$8$q),
        .clock(p3_q$8$clock)
    );
    puf_kdf$p3_q$9 p3_q$9(
        .d(p3_q$9$d),
        .q(p3_q$9$q),
        .clock(p3_q$9$clock)
    );
    puf_kdf$p3_q$10 p3_q$10(
        .d(p3_q$10$d),
        .q(p3_q$10$q),
        .clock(p3_q$10$clock)
    );
    puf_kdf$p3_q$11 p3_q$11(
        .d(p3_q$11$d),
        .q(p3_q$11$q),
        .clock(p3_q$11$clock)
    );
    puf_kdf$p3_q$12 p3_q$12(
        .d(p3_q$12$d),
        .q(p3_q$12$q),
        .clock(p3_q$12$clock)
    );
    puf_kdf$p3_q$13 p3_q$13(
        .d(p3_q$13$d),
        .q(p3_q$13$q),
        .clock(p3_q$13$clock)
    );
    puf_kdf$p3_q$14 p3_q$14(
        .d(p3_q$14$d),
        .q(p3_q$14$q),
        .clock(p3_q$14$clock)
    );
    puf_kdf$p3_q$15 p3_q$15(
        .d(p3_q$15$d),
        .q(p3_q$15$q),
        .clock(p3_q$15$clock)
    );
    puf_kdf$sel_q sel_q(
        .d(sel_q$d),
        .q(sel_q$q),
        .clock(sel_q$clock)
    );
    puf_kdf$wipe_q wipe_q(
        .d(wipe_q$d),
        .q(wipe_q$q),
        .clock(wipe_q$clock)
    );
    puf_kdf$err err(
        .d(err$d),
        .q(err$q),
        .clock(err$clock)
    );
    puf_kdf$code code(
        .d(code$d),
        .q(code$q),
        .clock(code$clock)
    );
    puf_kdf$done_r done_r(
        .d(done_r$d),
        .q(done_r$q),
        .clock(done_r$clock)
    );
    
    // Update code
    always @(*) begin
        fsm$clock = clock;
        mode$clock = clock;
        alarm$clock = clock;
        lock$clock = clock;
        win$clock = clock;
        t$clock = clock;
        blk$clock = clock;
        grp$clock = clock;
        word$clock = clock;
        win_b$clock = clock;
        t_b$clock = clock;
        blk_b$clock = clock;
        grp_b$clock = clock;
        word_b$clock = clock;
        u_b$clock = clock;
        sy1_a$clock = clock;
        sy2_a$clock = clock;
        pv_a$clock = clock;
        sy1_b$clock = clock;
        sy2_b$clock = clock;
        pv_b$clock = clock;
        resp_lo$clock = clock;
        resp_hi$clock = clock;
        key_ok$clock = clock;
        kcv_ok$clock = clock;
        kcv$clock = clock;
        u$clock = clock;
        best_m$clock = clock;
        best_byte$clock = clock;
        sel_q$clock = clock;
        err$clock = clock;
        code$clock = clock;
        done_r$clock = clock;
        wipe_q$clock = clock;
        fsm$d = fsm$q;
        mode$d = mode$q;
        alarm$d = alarm$q;
        lock$d = lock$q;
        win$d = win$q;
        t$d = t$q;
        blk$d = blk$q;
        grp$d = grp$q;
        word$d = word$q;
        win_b$d = win_b$q;
        t_b$d = t_b$q;
        blk_b$d = blk_b$q;
        grp_b$d = grp_b$q;
        word_b$d = word_b$q;
        u_b$d = u_b$q;
        sy1_a$d = sy1_a$q;
        sy2_a$d = sy2_a$q;
        pv_a$d = pv_a$q;
        sy1_b$d = sy1_b$q;
        sy2_b$d = sy2_b$q;
        pv_b$d = pv_b$q;
        resp_lo$d = resp_lo$q;
        resp_hi$d = resp_hi$q;
        key_ok$d = key_ok$q;
        kcv_ok$d = kcv_ok$q;
        kcv$d = kcv$q;
        u$d = u$q;
        best_m$d = best_m$q;
        best_byte$d = best_byte$q;
        sel_q$d = sel_q$q;
        err$d = err$q;
        code$d = code$q;
        done_r$d = done_r$q;
        wipe_q$d = wipe_q$q;
        p3_q$0$clock = clock;
        p3_q$1$clock = clock;
        p3_q$2$clock = clock;
        p3_q$3$clock = clock;
        p3_q$4$clock = clock;
        p3_q$5$clock = clock;
        p3_q$6$clock = clock;
        p3_q$7$clock = clock;
        p3_q$8$clock = clock;
        p3_q$9$clock = clock;
        p3_q$10$clock = clock;
        p3_q$11$clock = clock;
        p3_q$12$clock = clock;
        p3_q$13$clock = clock;
        p3_q$14$clock = clock;
        p3_q$15$clock = clock;
        cnt_a$0$clock = clock;
        cnt_a$0$d = cnt_a$0$q;
        cnt_b$0$clock = clock;
        cnt_b$0$d = cnt_b$0$q;
        cnt_a$1$clock = clock;
        cnt_a$1$d = cnt_a$1$q;
        cnt_b$1$clock = clock;
        cnt_b$1$d = cnt_b$1$q;
        cnt_a$2$clock = clock;
        cnt_a$2$d = cnt_a$2$q;
        cnt_b$2$clock = clock;
        cnt_b$2$d = cnt_b$2$q;
        cnt_a$3$clock = clock;
        cnt_a$3$d = cnt_a$3$q;
        cnt_b$3$clock = clock;
        cnt_b$3$d = cnt_b$3$q;
        cnt_a$4$clock = clock;
        cnt_a$4$d = cnt_a$4$q;
        cnt_b$4$clock = clock;
        cnt_b$4$d = cnt_b$4$q;
        cnt_a$5$clock = clock;
        cnt_a$5$d = cnt_a$5$q;
        cnt_b$5$clock = clock;
        cnt_b$5$d = cnt_b$5$q;
        cnt_a$6$clock = clock;
        cnt_a$6$d = cnt_a$6$q;
        cnt_b$6$clock = clock;
        cnt_b$6$d = cnt_b$6$q;
        cnt_a$7$clock = clock;
        cnt_a$7$d = cnt_a$7$q;
        cnt_b$7$clock = clock;
        cnt_b$7$d = cnt_b$7$q;
        cnt_a$8$clock = clock;
        cnt_a$8$d = cnt_a$8$q;
        cnt_b$8$clock = clock;
        cnt_b$8$d = cnt_b$8$q;
        cnt_a$9$clock = clock;
        cnt_a$9$d = cnt_a$9$q;
        cnt_b$9$clock = clock;
        cnt_b$9$d = cnt_b$9$q;
        cnt_a$10$clock = clock;
        cnt_a$10$d = cnt_a$10$q;
        cnt_b$10$clock = clock;
        cnt_b$10$d = cnt_b$10$q;
        cnt_a$11$clock = clock;
        cnt_a$11$d = cnt_a$11$q;
        cnt_b$11$clock = clock;
        cnt_b$11$d = cnt_b$11$q;
        cnt_a$12$clock = clock;
        cnt_a$12$d = cnt_a$12$q;
        cnt_b$12$clock = clock;
        cnt_b$12$d = cnt_b$12$q;
        cnt_a$13$clock = clock;
        cnt_a$13$d = cnt_a$13$q;
        cnt_b$13$clock = clock;
        cnt_b$13$d = cnt_b$13$q;
        cnt_a$14$clock = clock;
        cnt_a$14$d = cnt_a$14$q;
        cnt_b$14$clock = clock;
        cnt_b$14$d = cnt_b$14$q;
        cnt_a$15$clock = clock;
        cnt_a$15$d = cnt_a$15$q;
        cnt_b$15$clock = clock;
        cnt_b$15$d = cnt_b$15$q;
        sec$0$clock = clock;
        sec$0$d = sec$0$q;
        sec$1$clock = clock;
        sec$1$d = sec$1$q;
        sec$2$clock = clock;
        sec$2$d = sec$2$q;
        sec$3$clock = clock;
        sec$3$d = sec$3$q;
        sec$4$clock = clock;
        sec$4$d = sec$4$q;
        hh$0$clock = clock;
        hh$0$d = hh$0$q;
        key$0$clock = clock;
        key$0$d = key$0$q;
        key_out$0 = 32'h0;
        if (key_ok$q == mb_true) begin
            key_out$0 = key$0$q;
        end
        hh$1$clock = clock;
        hh$1$d = hh$1$q;
        key$1$clock = clock;
        key$1$d = key$1$q;
        key_out$1 = 32'h0;
        if (key_ok$q == mb_true) begin
            key_out$1 = key$1$q;
        end
        hh$2$clock = clock;
        hh$2$d = hh$2$q;
        key$2$clock = clock;
        key$2$d = key$2$q;
        key_out$2 = 32'h0;
        if (key_ok$q == mb_true) begin
            key_out$2 = key$2$q;
        end
        hh$3$clock = clock;
        hh$3$d = hh$3$q;
        key$3$clock = clock;
        key$3$d = key$3$q;
        key_out$3 = 32'h0;
        if (key_ok$q == mb_true) begin
            key_out$3 = key$3$q;
        end
        fsm_ok = (fsm$q == s_idle) | (fsm$q == s_measure) | (fsm$q == s_compare) | (fsm$q == s_helper_in) | (fsm$q == s_helper_out) | (fsm$q == s_decode) | (fsm$q == s_store) | (fsm$q == s_kcv_in) | (fsm$q == s_hash_out) | (fsm$q == s_kdf_start) | (fsm$q == s_kdf_absorb) | (fsm$q == s_kdf_squeeze) | (fsm$q == s_kcv_out) | (fsm$q == s_abort) | (fsm$q == s_check);
        mode_ok = (mode$q == mb_true) | (mode$q == mb_false);
        enrolling = mode$q == mb_true;
        mubi_ok = ((key_ok$q == mb_true) | (key_ok$q == mb_false)) & ((kcv_ok$q == mb_true) | (kcv_ok$q == mb_false));
        lock_ok = (lock$q == mb_true) | (lock$q == mb_false);
        ctr_ok = (win$q == win_b$q) & (t$q == t_b$q) & (blk$q == blk_b$q) & (grp$q == grp_b$q) & (word$q == word_b$q) & (u$q == u_b$q);
        released = key_ok$q == mb_true;
        kcv_match = sponge$out_data == kcv$q;
        bad_own = ~fsm_ok | ~mode_ok | ~mubi_ok | ~lock_ok | ~ctr_ok;
        bad = bad_own | sponge$fatal;
        kill = zeroize | reset | bad | alarm$q;
        kill_wide = zeroize | reset | alarm$q;
        wipe_q$d = 1'b0;
        kill_sponge = zeroize | alarm$q;
        sponge$clock = clock;
        sponge$reset = reset;
        sponge$zeroize = 1'b0;
        sponge$start = 1'b0;
        sponge$mode = 32'h1;
        sponge$out_len = 32'h20;
        sponge$in_data = 32'h0;
        sponge$in_valid = 1'b0;
        sponge$in_last = 1'b0;
        sponge$in_bytes = 32'h8;
        sponge$out_ready = 1'b0;
        fatal = alarm$q;
        key_valid = released;
        enrol_locked = lock$q != mb_false;
        busy = fsm$q != s_idle;
        done = done_r$q;
        done_r$d = 1'b0;
        error = err$q;
        err_code = code$q;
        h_in_ready = 1'b0;
        h_out_data = 32'h0;
        h_out_valid = 1'b0;
        h_out_last = 1'b0;
        hw = 32'h0;
        wipe = 1'b0;
        abort = 1'b0;
        accept = 1'b0;
        hh_take = 1'b0;
        win17 = ((win$q) & 17'h1ffff);
        ro_en = (fsm$q == s_measure) & (t$q <= win17);
        ro_group = 32'h0;
        if (ro_en) begin
            ro_group = (((blk$q) & 9'h1ff) << 32'h3) | ((grp$q) & 9'h1ff);
        end
        count_en = (fsm$q == s_measure) & (t$q >= 32'h3) & (t$q <= win17 + 32'h2);
        sy1_a$d = ro_a;
        sy2_a$d = sy1_a$q;
        pv_a$d = sy2_a$q;
        sy1_b$d = ro_b;
        sy2_b$d = sy1_b$q;
        pv_b$d = sy2_b$q;
        edge_a = sy2_a$q & ~pv_a$q;
        edge_b = sy2_b$q & ~pv_b$q;
        if (count_en & edge_a[0]) begin
            cnt_a$0$d = cnt_a$0$q + 32'h1;
        end
        if (count_en & edge_b[0]) begin
            cnt_b$0$d = cnt_b$0$q + 32'h1;
        end
        if (count_en & edge_a[1]) begin
            cnt_a$1$d = cnt_a$1$q + 32'h1;
        end
        if (count_en & edge_b[1]) begin
            cnt_b$1$d = cnt_b$1$q + 32'h1;
        end
        if (count_en & edge_a[2]) begin
            cnt_a$2$d = cnt_a$2$q + 32'h1;
        end
        if (count_en & edge_b[2]) begin
            cnt_b$2$d = cnt_b$2$q + 32'h1;
        end
        if (count_en & edge_a[3]) begin
            cnt_a$3$d = cnt_a$3$q + 32'h1;
        end
        if (count_en & edge_b[3]) begin
            cnt_b$3$d = cnt_b$3$q + 32'h1;
        end
        if (count_en & edge_a[4]) begin
            cnt_a$4$d = cnt_a$4$q + 32'h1;
        end
        if (count_en & edge_b[4]) begin
            cnt_b$4$d = cnt_b$4$q + 32'h1;
        end
        if (count_en & edge_a[5]) begin
            cnt_a$5$d = cnt_a$5$q + 32'h1;
        end
        if (count_en & edge_b[5]) begin
            cnt_b$5$d = cnt_b$5$q + 32'h1;
        end
        if (count_en & edge_a[6]) begin
            cnt_a$6$d = cnt_a$6$q + 32'h1;
        end
        if (count_en & edge_b[6]) begin
            cnt_b$6$d = cnt_b$6$q + 32'h1;
        end
        if (count_en & edge_a[7]) begin
            cnt_a$7$d = cnt_a$7$q + 32'h1;
        end
        if (count_en & edge_b[7]) begin
            cnt_b$7$d = cnt_b$7$q + 32'h1;
        end
        if (count_en & edge_a[8]) begin
            cnt_a$8$d = cnt_a$8$q + 32'h1;
        end
        if (count_en & edge_b[8]) begin
            cnt_b$8$d = cnt_b$8$q + 32'h1;
        end
        if (count_en & edge_a[9]) begin
            cnt_a$9$d = cnt_a$9$q + 32'h1;
        end
        if (count_en & edge_b[9]) begin
            cnt_b$9$d = cnt_b$9$q + 32'h1;
        end
        if (count_en & edge_a[10]) begin
            cnt_a$10$d = cnt_a$10$q + 32'h1;
        end
        if (count_en & edge_b[10]) begin
            cnt_b$10$d = cnt_b$10$q + 32'h1;
        end
        if (count_en & edge_a[11]) begin
            cnt_a$11$d = cnt_a$11$q + 32'h1;
        end
        if (count_en & edge_b[11]) begin
            cnt_b$11$d = cnt_b$11$q + 32'h1;
        end
        if (count_en & edge_a[12]) begin
            cnt_a$12$d = cnt_a$12$q + 32'h1;
        end
        if (count_en & edge_b[12]) begin
            cnt_b$12$d = cnt_b$12$q + 32'h1;
        end
        if (count_en & edge_a[13]) begin
            cnt_a$13$d = cnt_a$13$q + 32'h1;
        end
        if (count_en & edge_b[13]) begin
            cnt_b$13$d = cnt_b$13$q + 32'h1;
        end
        if (count_en & edge_a[14]) begin
            cnt_a$14$d = cnt_a$14$q + 32'h1;
        end
        if (count_en & edge_b[14]) begin
            cnt_b$14$d = cnt_b$14$q + 32'h1;
        end
        if (count_en & edge_a[15]) begin
            cnt_a$15$d = cnt_a$15$q + 32'h1;
        end
        if (count_en & edge_b[15]) begin
            cnt_b$15$d = cnt_b$15$q + 32'h1;
        end
        cmp$0 = 32'h0;
        cmp$1 = cmp$0 >> 32'h1;
        if ((cnt_a$0$q > cnt_b$0$q) | ((cnt_a$0$q == cnt_b$0$q) & tie_entropy[0])) begin
            cmp$1 = (cmp$0 >> 32'h1) | ((32'h8000) & 16'hffff);
        end
        cmp$2 = cmp$1 >> 32'h1;
        if ((cnt_a$1$q > cnt_b$1$q) | ((cnt_a$1$q == cnt_b$1$q) & tie_entropy[1])) begin
            cmp$2 = (cmp$1 >> 32'h1) | ((32'h8000) & 16'hffff);
        end
        cmp$3 = cmp$2 >> 32'h1;
        if ((cnt_a$2$q > cnt_b$2$q) | ((cnt_a$2$q == cnt_b$2$q) & tie_entropy[2])) begin
            cmp$3 = (cmp$2 >> 32'h1) | ((32'h8000) & 16'hffff);
        end
        cmp$4 = cmp$3 >> 32'h1;
        if ((cnt_a$3$q > cnt_b$3$q) | ((cnt_a$3$q == cnt_b$3$q) & tie_entropy[3])) begin
            cmp$4 = (cmp$3 >> 32'h1) | ((32'h8000) & 16'hffff);
        end
        cmp$5 = cmp$4 >> 32'h1;
        if ((cnt_a$4$q > cnt_b$4$q) | ((cnt_a$4$q == cnt_b$4$q) & tie_entropy[4])) begin
            cmp$5 = (cmp$4 >> 32'h1) | ((32'h8000) & 16'hffff);
        end
        cmp$6 = cmp$5 >> 32'h1;
        if ((cnt_a$5$q > cnt_b$5$q) | ((cnt_a$5$q == cnt_b$5$q) & tie_entropy[5])) begin
            cmp$6 = (cmp$5 >> 32'h1) | ((32'h8000) & 16'hffff);
        end
        cmp$7 = cmp$6 >> 32'h1;
        if ((cnt_a$6$q > cnt_b$6$q) | ((cnt_a$6$q == cnt_b$6$q) & tie_entropy[6])) begin
            cmp$7 = (cmp$6 >> 32'h1) | ((32'h8000) & 16'hffff);
        end
        cmp$8 = cmp$7 >> 32'h1;
        if ((cnt_a$7$q > cnt_b$7$q) | ((cnt_a$7$q == cnt_b$7$q) & tie_entropy[7])) begin
            cmp$8 = (cmp$7 >> 32'h1) | ((32'h8000) & 16'hffff);
        end
        cmp$9 = cmp$8 >> 32'h1;
        if ((cnt_a$8$q > cnt_b$8$q) | ((cnt_a$8$q == cnt_b$8$q) & tie_entropy[8])) begin
            cmp$9 = (cmp$8 >> 32'h1) | ((32'h8000) & 16'hffff);
        end
        cmp$10 = cmp$9 >> 32'h1;
        if ((cnt_a$9$q > cnt_b$9$q) | ((cnt_a$9$q == cnt_b$9$q) & tie_entropy[9])) begin
            cmp$10 = (cmp$9 >> 32'h1) | ((32'h8000) & 16'hffff);
        end
        cmp$11 = cmp$10 >> 32'h1;
        if ((cnt_a$10$q > cnt_b$10$q) | ((cnt_a$10$q == cnt_b$10$q) & tie_entropy[10])) begin
            cmp$11 = (cmp$10 >> 32'h1) | ((32'h8000) & 16'hffff);
        end
        cmp$12 = cmp$11 >> 32'h1;
        if ((cnt_a$11$q > cnt_b$11$q) | ((cnt_a$11$q == cnt_b$11$q) & tie_entropy[11])) begin
            cmp$12 = (cmp$11 >> 32'h1) | ((32'h8000) & 16'hffff);
        end
        cmp$13 = cmp$12 >> 32'h1;
        if ((cnt_a$12$q > cnt_b$12$q) | ((cnt_a$12$q == cnt_b$12$q) & tie_entropy[12])) begin
            cmp$13 = (cmp$12 >> 32'h1) | ((32'h8000) & 16'hffff);
        end
        cmp$14 = cmp$13 >> 32'h1;
        if ((cnt_a$13$q > cnt_b$13$q) | ((cnt_a$13$q == cnt_b$13$q) & tie_entropy[13])) begin
            cmp$14 = (cmp$13 >> 32'h1) | ((32'h8000) & 16'hffff);
        end
        cmp$15 = cmp$14 >> 32'h1;
        if ((cnt_a$14$q > cnt_b$14$q) | ((cnt_a$14$q == cnt_b$14$q) & tie_entropy[14])) begin
            cmp$15 = (cmp$14 >> 32'h1) | ((32'h8000) & 16'hffff);
        end
        cmp$16 = cmp$15 >> 32'h1;
        if ((cnt_a$15$q > cnt_b$15$q) | ((cnt_a$15$q == cnt_b$15$q) & tie_entropy[15])) begin
            cmp$16 = (cmp$15 >> 32'h1) | ((32'h8000) & 16'hffff);
        end
        byte_e = ((sec$0$q) & 8'hff);
        lu_sel = ((u$q) & 7'h7f);
        if (enrolling) begin
            lu_sel = ((byte_e >> 32'h1) & 7'h7f);
        end
        lt$0 = 32'h0;
        lt$1 = lt$0;
        if (lu_sel[0]) begin
            lt$1 = lt$0 ^ row$0;
        end
        lt$2 = lt$1;
        if (lu_sel[1]) begin
            lt$2 = lt$1 ^ row$1;
        end
        lt$3 = lt$2;
        if (lu_sel[2]) begin
            lt$3 = lt$2 ^ row$2;
        end
        lt$4 = lt$3;
        if (lu_sel[3]) begin
            lt$4 = lt$3 ^ row$3;
        end
        lt$5 = lt$4;
        if (lu_sel[4]) begin
            lt$5 = lt$4 ^ row$4;
        end
        lt$6 = lt$5;
        if (lu_sel[5]) begin
            lt$6 = lt$5 ^ row$5;
        end
        l_lo = lt$6;
        l_hi = lt$6;
        if (lu_sel[32'h6]) begin
            l_hi = ~lt$6;
        end
        cw_lo = l_lo;
        cw_hi = l_hi;
        if (byte_e[32'h0]) begin
            cw_lo = l_lo ^ ones;
            cw_hi = l_hi ^ ones;
        end
        v_lo = resp_lo$q ^ l_lo;
        v_hi = resp_hi$q ^ l_hi;
        p0$0 = 32'h0;
        if (v_lo[0]) begin
            p0$0 = 32'h1;
        end
        p0$64 = 32'h0;
        if (v_hi[0]) begin
            p0$64 = 32'h1;
        end
        p0$1 = 32'h0;
        if (v_lo[1]) begin
            p0$1 = 32'h1;
        end
        p0$65 = 32'h0;
        if (v_hi[1]) begin
            p0$65 = 32'h1;
        end
        p0$2 = 32'h0;
        if (v_lo[2]) begin
            p0$2 = 32'h1;
        end
        p0$66 = 32'h0;
        if (v_hi[2]) begin
            p0$66 = 32'h1;
        end
        p0$3 = 32'h0;
        if (v_lo[3]) begin
            p0$3 = 32'h1;
        end
        p0$67 = 32'h0;
        if (v_hi[3]) begin
            p0$67 = 32'h1;
        end
        p0$4 = 32'h0;
        if (v_lo[4]) begin
            p0$4 = 32'h1;
        end
        p0$68 = 32'h0;
        if (v_hi[4]) begin
            p0$68 = 32'h1;
        end
        p0$5 = 32'h0;
        if (v_lo[5]) begin
            p0$5 = 32'h1;
        end
        p0$69 = 32'h0;
        if (v_hi[5]) begin
            p0$69 = 32'h1;
        end
        p0$6 = 32'h0;
        if (v_lo[6]) begin
            p0$6 = 32'h1;
        end
        p0$70 = 32'h0;
        if (v_hi[6]) begin
            p0$70 = 32'h1;
        end
        p0$7 = 32'h0;
        if (v_lo[7]) begin
            p0$7 = 32'h1;
        end
        p0$71 = 32'h0;
        if (v_hi[7]) begin
            p0$71 = 32'h1;
        end
        p0$8 = 32'h0;
        if (v_lo[8]) begin
            p0$8 = 32'h1;
        end
        p0$72 = 32'h0;
        if (v_hi[8]) begin
            p0$72 = 32'h1;
        end
        p0$9 = 32'h0;
        if (v_lo[9]) begin
            p0$9 = 32'h1;
        end
        p0$73 = 32'h0;
        if (v_hi[9]) begin
            p0$73 = 32'h1;
        end
        p0$10 = 32'h0;
        if (v_lo[10]) begin
            p0$10 = 32'h1;
        end
        p0$74 = 32'h0;
        if (v_hi[10]) begin
            p0$74 = 32'h1;
        end
        p0$11 = 32'h0;
        if (v_lo[11]) begin
            p0$11 = 32'h1;
        end
        p0$75 = 32'h0;
        if (v_hi[11]) begin
            p0$75 = 32'h1;
        end
        p0$12 = 32'h0;
        if (v_lo[12]) begin
            p0$12 = 32'h1;
        end
        p0$76 = 32'h0;
        if (v_hi[12]) begin
            p0$76 = 32'h1;
        end
        p0$13 = 32'h0;
        if (v_lo[13]) begin
            p0$13 = 32'h1;
        end
        p0$77 = 32'h0;
        if (v_hi[13]) begin
            p0$77 = 32'h1;
        end
        p0$14 = 32'h0;
        if (v_lo[14]) begin
            p0$14 = 32'h1;
        end
        p0$78 = 32'h0;
        if (v_hi[14]) begin
            p0$78 = 32'h1;
        end
        p0$15 = 32'h0;
        if (v_lo[15]) begin
            p0$15 = 32'h1;
        end
        p0$79 = 32'h0;
        if (v_hi[15]) begin
            p0$79 = 32'h1;
        end
        p0$16 = 32'h0;
        if (v_lo[16]) begin
            p0$16 = 32'h1;
        end
        p0$80 = 32'h0;
        if (v_hi[16]) begin
            p0$80 = 32'h1;
        end
        p0$17 = 32'h0;
        if (v_lo[17]) begin
            p0$17 = 32'h1;
        end
        p0$81 = 32'h0;
        if (v_hi[17]) begin
            p0$81 = 32'h1;
        end
        p0$18 = 32'h0;
        if (v_lo[18]) begin
            p0$18 = 32'h1;
        end
        p0$82 = 32'h0;
        if (v_hi[18]) begin
            p0$82 = 32'h1;
        end
        p0$19 = 32'h0;
        if (v_lo[19]) begin
            p0$19 = 32'h1;
        end
        p0$83 = 32'h0;
        if (v_hi[19]) begin
            p0$83 = 32'h1;
        end
        p0$20 = 32'h0;
        if (v_lo[20]) begin
            p0$20 = 32'h1;
        end
        p0$84 = 32'h0;
        if (v_hi[20]) begin
            p0$84 = 32'h1;
        end
        p0$21 = 32'h0;
        if (v_lo[21]) begin
            p0$21 = 32'h1;
        end
        p0$85 = 32'h0;
        if (v_hi[21]) begin
            p0$85 = 32'h1;
        end
        p0$22 = 32'h0;
        if (v_lo[22]) begin
            p0$22 = 32'h1;
        end
        p0$86 = 32'h0;
        if (v_hi[22]) begin
            p0$86 = 32'h1;
        end
        p0$23 = 32'h0;
        if (v_lo[23]) begin
            p0$23 = 32'h1;
        end
        p0$87 = 32'h0;
        if (v_hi[23]) begin
            p0$87 = 32'h1;
        end
        p0$24 = 32'h0;
        if (v_lo[24]) begin
            p0$24 = 32'h1;
        end
        p0$88 = 32'h0;
        if (v_hi[24]) begin
            p0$88 = 32'h1;
        end
        p0$25 = 32'h0;
        if (v_lo[25]) begin
            p0$25 = 32'h1;
        end
        p0$89 = 32'h0;
        if (v_hi[25]) begin
            p0$89 = 32'h1;
        end
        p0$26 = 32'h0;
        if (v_lo[26]) begin
            p0$26 = 32'h1;
        end
        p0$90 = 32'h0;
        if (v_hi[26]) begin
            p0$90 = 32'h1;
        end
        p0$27 = 32'h0;
        if (v_lo[27]) begin
            p0$27 = 32'h1;
        end
        p0$91 = 32'h0;
        if (v_hi[27]) begin
            p0$91 = 32'h1;
        end
        p0$28 = 32'h0;
        if (v_lo[28]) begin
            p0$28 = 32'h1;
        end
        p0$92 = 32'h0;
        if (v_hi[28]) begin
            p0$92 = 32'h1;
        end
        p0$29 = 32'h0;
        if (v_lo[29]) begin
            p0$29 = 32'h1;
        end
        p0$93 = 32'h0;
        if (v_hi[29]) begin
            p0$93 = 32'h1;
        end
        p0$30 = 32'h0;
        if (v_lo[30]) begin
            p0$30 = 32'h1;
        end
        p0$94 = 32'h0;
        if (v_hi[30]) begin
            p0$94 = 32'h1;
        end
        p0$31 = 32'h0;
        if (v_lo[31]) begin
            p0$31 = 32'h1;
        end
        p0$95 = 32'h0;
        if (v_hi[31]) begin
            p0$95 = 32'h1;
        end
        p0$32 = 32'h0;
        if (v_lo[32]) begin
            p0$32 = 32'h1;
        end
        p0$96 = 32'h0;
        if (v_hi[32]) begin
            p0$96 = 32'h1;
        end
        p0$33 = 32'h0;
        if (v_lo[33]) begin
            p0$33 = 32'h1;
        end
        p0$97 = 32'h0;
        if (v_hi[33]) begin
            p0$97 = 32'h1;
        end
        p0$34 = 32'h0;
        if (v_lo[34]) begin
            p0$34 = 32'h1;
        end
        p0$98 = 32'h0;
        if (v_hi[34]) begin
            p0$98 = 32'h1;
        end
        p0$35 = 32'h0;
        if (v_lo[35]) begin
            p0$35 = 32'h1;
        end
        p0$99 = 32'h0;
        if (v_hi[35]) begin
            p0$99 = 32'h1;
        end
        p0$36 = 32'h0;
        if (v_lo[36]) begin
            p0$36 = 32'h1;
        end
        p0$100 = 32'h0;
        if (v_hi[36]) begin
            p0$100 = 32'h1;
        end
        p0$37 = 32'h0;
        if (v_lo[37]) begin
            p0$37 = 32'h1;
        end
        p0$101 = 32'h0;
        if (v_hi[37]) begin
            p0$101 = 32'h1;
        end
        p0$38 = 32'h0;
        if (v_lo[38]) begin
            p0$38 = 32'h1;
        end
        p0$102 = 32'h0;
        if (v_hi[38]) begin
            p0$102 = 32'h1;
        end
        p0$39 = 32'h0;
        if (v_lo[39]) begin
            p0$39 = 32'h1;
        end
        p0$103 = 32'h0;
        if (v_hi[39]) begin
            p0$103 = 32'h1;
        end
        p0$40 = 32'h0;
        if (v_lo[40]) begin
            p0$40 = 32'h1;
        end
        p0$104 = 32'h0;
        if (v_hi[40]) begin
            p0$104 = 32'h1;
        end
        p0$41 = 32'h0;
        if (v_lo[41]) begin
            p0$41 = 32'h1;
        end
        p0$105 = 32'h0;
        if (v_hi[41]) begin
            p0$105 = 32'h1;
        end
        p0$42 = 32'h0;
        if (v_lo[42]) begin
            p0$42 = 32'h1;
        end
        p0$106 = 32'h0;
        if (v_hi[42]) begin
            p0$106 = 32'h1;
        end
        p0$43 = 32'h0;
        if (v_lo[43]) begin
            p0$43 = 32'h1;
        end
        p0$107 = 32'h0;
        if (v_hi[43]) begin
            p0$107 = 32'h1;
        end
        p0$44 = 32'h0;
        if (v_lo[44]) begin
            p0$44 = 32'h1;
        end
        p0$108 = 32'h0;
        if (v_hi[44]) begin
            p0$108 = 32'h1;
        end
        p0$45 = 32'h0;
        if (v_lo[45]) begin
            p0$45 = 32'h1;
        end
        p0$109 = 32'h0;
        if (v_hi[45]) begin
            p0$109 = 32'h1;
        end
        p0$46 = 32'h0;
        if (v_lo[46]) begin
            p0$46 = 32'h1;
        end
        p0$110 = 32'h0;
        if (v_hi[46]) begin
            p0$110 = 32'h1;
        end
        p0$47 = 32'h0;
        if (v_lo[47]) begin
            p0$47 = 32'h1;
        end
        p0$111 = 32'h0;
        if (v_hi[47]) begin
            p0$111 = 32'h1;
        end
        p0$48 = 32'h0;
        if (v_lo[48]) begin
            p0$48 = 32'h1;
        end
        p0$112 = 32'h0;
        if (v_hi[48]) begin
            p0$112 = 32'h1;
        end
        p0$49 = 32'h0;
        if (v_lo[49]) begin
            p0$49 = 32'h1;
        end
        p0$113 = 32'h0;
        if (v_hi[49]) begin
            p0$113 = 32'h1;
        end
        p0$50 = 32'h0;
        if (v_lo[50]) begin
            p0$50 = 32'h1;
        end
        p0$114 = 32'h0;
        if (v_hi[50]) begin
            p0$114 = 32'h1;
        end
        p0$51 = 32'h0;
        if (v_lo[51]) begin
            p0$51 = 32'h1;
        end
        p0$115 = 32'h0;
        if (v_hi[51]) begin
            p0$115 = 32'h1;
        end
        p0$52 = 32'h0;
        if (v_lo[52]) begin
            p0$52 = 32'h1;
        end
        p0$116 = 32'h0;
        if (v_hi[52]) begin
            p0$116 = 32'h1;
        end
        p0$53 = 32'h0;
        if (v_lo[53]) begin
            p0$53 = 32'h1;
        end
        p0$117 = 32'h0;
        if (v_hi[53]) begin
            p0$117 = 32'h1;
        end
        p0$54 = 32'h0;
        if (v_lo[54]) begin
            p0$54 = 32'h1;
        end
        p0$118 = 32'h0;
        if (v_hi[54]) begin
            p0$118 = 32'h1;
        end
        p0$55 = 32'h0;
        if (v_lo[55]) begin
            p0$55 = 32'h1;
        end
        p0$119 = 32'h0;
        if (v_hi[55]) begin
            p0$119 = 32'h1;
        end
        p0$56 = 32'h0;
        if (v_lo[56]) begin
            p0$56 = 32'h1;
        end
        p0$120 = 32'h0;
        if (v_hi[56]) begin
            p0$120 = 32'h1;
        end
        p0$57 = 32'h0;
        if (v_lo[57]) begin
            p0$57 = 32'h1;
        end
        p0$121 = 32'h0;
        if (v_hi[57]) begin
            p0$121 = 32'h1;
        end
        p0$58 = 32'h0;
        if (v_lo[58]) begin
            p0$58 = 32'h1;
        end
        p0$122 = 32'h0;
        if (v_hi[58]) begin
            p0$122 = 32'h1;
        end
        p0$59 = 32'h0;
        if (v_lo[59]) begin
            p0$59 = 32'h1;
        end
        p0$123 = 32'h0;
        if (v_hi[59]) begin
            p0$123 = 32'h1;
        end
        p0$60 = 32'h0;
        if (v_lo[60]) begin
            p0$60 = 32'h1;
        end
        p0$124 = 32'h0;
        if (v_hi[60]) begin
            p0$124 = 32'h1;
        end
        p0$61 = 32'h0;
        if (v_lo[61]) begin
            p0$61 = 32'h1;
        end
        p0$125 = 32'h0;
        if (v_hi[61]) begin
            p0$125 = 32'h1;
        end
        p0$62 = 32'h0;
        if (v_lo[62]) begin
            p0$62 = 32'h1;
        end
        p0$126 = 32'h0;
        if (v_hi[62]) begin
            p0$126 = 32'h1;
        end
        p0$63 = 32'h0;
        if (v_lo[63]) begin
            p0$63 = 32'h1;
        end
        p0$127 = 32'h0;
        if (v_hi[63]) begin
            p0$127 = 32'h1;
        end
        p1$0 = p0$0 + p0$1;
        p1$1 = p0$2 + p0$3;
        p1$2 = p0$4 + p0$5;
        p1$3 = p0$6 + p0$7;
        p1$4 = p0$8 + p0$9;
        p1$5 = p0$10 + p0$11;
        p1$6 = p0$12 + p0$13;
        p1$7 = p0$14 + p0$15;
        p1$8 = p0$16 + p0$17;
        p1$9 = p0$18 + p0$19;
        p1$10 = p0$20 + p0$21;
        p1$11 = p0$22 + p0$23;
        p1$12 = p0$24 + p0$25;
        p1$13 = p0$26 + p0$27;
        p1$14 = p0$28 + p0$29;
        p1$15 = p0$30 + p0$31;
        p1$16 = p0$32 + p0$33;
        p1$17 = p0$34 + p0$35;
        p1$18 = p0$36 + p0$37;
        p1$19 = p0$38 + p0$39;
        p1$20 = p0$40 + p0$41;
        p1$21 = p0$42 + p0$43;
        p1$22 = p0$44 + p0$45;
        p1$23 = p0$46 + p0$47;
        p1$24 = p0$48 + p0$49;
        p1$25 = p0$50 + p0$51;
        p1$26 = p0$52 + p0$53;
        p1$27 = p0$54 + p0$55;
        p1$28 = p0$56 + p0$57;
        p1$29 = p0$58 + p0$59;
        p1$30 = p0$60 + p0$61;
        p1$31 = p0$62 + p0$63;
        p1$32 = p0$64 + p0$65;
        p1$33 = p0$66 + p0$67;
        p1$34 = p0$68 + p0$69;
        p1$35 = p0$70 + p0$71;
        p1$36 = p0$72 + p0$73;
        p1$37 = p0$74 + p0$75;
        p1$38 = p0$76 + p0$77;
        p1$39 = p0$78 + p0$79;
        p1$40 = p0$80 + p0$81;
        p1$41 = p0$82 + p0$83;
        p1$42 = p0$84 + p0$85;
        p1$43 = p0$86 + p0$87;
        p1$44 = p0$88 + p0$89;
        p1$45 = p0$90 + p0$91;
        p1$46 = p0$92 + p0$93;
        p1$47 = p0$94 + p0$95;
        p1$48 = p0$96 + p0$97;
        p1$49 = p0$98 + p0$99;
        p1$50 = p0$100 + p0$101;
        p1$51 = p0$102 + p0$103;
        p1$52 = p0$104 + p0$105;
        p1$53 = p0$106 + p0$107;
        p1$54 = p0$108 + p0$109;
        p1$55 = p0$110 + p0$111;
        p1$56 = p0$112 + p0$113;
        p1$57 = p0$114 + p0$115;
        p1$58 = p0$116 + p0$117;
        p1$59 = p0$118 + p0$119;
        p1$60 = p0$120 + p0$121;
        p1$61 = p0$122 + p0$123;
        p1$62 = p0$124 + p0$125;
        p1$63 = p0$126 + p0$127;
        p2$0 = p1$0 + p1$1;
        p2$1 = p1$2 + p1$3;
        p2$2 = p1$4 + p1$5;
        p2$3 = p1$6 + p1$7;
        p2$4 = p1$8 + p1$9;
        p2$5 = p1$10 + p1$11;
        p2$6 = p1$12 + p1$13;
        p2$7 = p1$14 + p1$15;
        p2$8 = p1$16 + p1$17;
        p2$9 = p1$18 + p1$19;
        p2$10 = p1$20 + p1$21;
        p2$11 = p1$22 + p1$23;
        p2$12 = p1$24 + p1$25;
        p2$13 = p1$26 + p1$27;
        p2$14 = p1$28 + p1$29;
        p2$15 = p1$30 + p1$31;
        p2$16 = p1$32 + p1$33;
        p2$17 = p1$34 + p1$35;
        p2$18 = p1$36 + p1$37;
        p2$19 = p1$38 + p1$39;
        p2$20 = p1$40 + p1$41;
        p2$21 = p1$42 + p1$43;
        p2$22 = p1$44 + p1$45;
        p2$23 = p1$46 + p1$47;
        p2$24 = p1$48 + p1$49;
        p2$25 = p1$50 + p1$51;
        p2$26 = p1$52 + p1$53;
        p2$27 = p1$54 + p1$55;
        p2$28 = p1$56 + p1$57;
        p2$29 = p1$58 + p1$59;
        p2$30 = p1$60 + p1$61;
        p2$31 = p1$62 + p1$63;
        p3$0 = p2$0 + p2$1;
        p3$1 = p2$2 + p2$3;
        p3$2 = p2$4 + p2$5;
        p3$3 = p2$6 + p2$7;
        p3$4 = p2$8 + p2$9;
        p3$5 = p2$10 + p2$11;
        p3$6 = p2$12 + p2$13;
        p3$7 = p2$14 + p2$15;
        p3$8 = p2$16 + p2$17;
        p3$9 = p2$18 + p2$19;
        p3$10 = p2$20 + p2$21;
        p3$11 = p2$22 + p2$23;
        p3$12 = p2$24 + p2$25;
        p3$13 = p2$26 + p2$27;
        p3$14 = p2$28 + p2$29;
        p3$15 = p2$30 + p2$31;
        p3_q$0$d = p3$0;
        p3_q$1$d = p3$1;
        p3_q$2$d = p3$2;
        p3_q$3$d = p3$3;
        p3_q$4$d = p3$4;
        p3_q$5$d = p3$5;
        p3_q$6$d = p3$6;
        p3_q$7$d = p3$7;
        p3_q$8$d = p3$8;
        p3_q$9$d = p3$9;
        p3_q$10$d = p3$10;
        p3_q$11$d = p3$11;
        p3_q$12$d = p3$12;
        p3_q$13$d = p3$13;
        p3_q$14$d = p3$14;
        p3_q$15$d = p3$15;
        sel_q$d = ((lu_sel) & 8'hff);
        p4$0 = p3_q$0$q + p3_q$1$q;
        p4$1 = p3_q$2$q + p3_q$3$q;
        p4$2 = p3_q$4$q + p3_q$5$q;
        p4$3 = p3_q$6$q + p3_q$7$q;
        p4$4 = p3_q$8$q + p3_q$9$q;
        p4$5 = p3_q$10$q + p3_q$11$q;
        p4$6 = p3_q$12$q + p3_q$13$q;
        p4$7 = p3_q$14$q + p3_q$15$q;
        p5$0 = p4$0 + p4$1;
        p5$1 = p4$2 + p4$3;
        p5$2 = p4$4 + p4$5;
        p5$3 = p4$6 + p4$7;
        p6$0 = p5$0 + p5$1;
        p6$1 = p5$2 + p5$3;
        pc = p6$0 + p6$1;
        m_cur = ((32'h40) & 8'hff) - pc;
        a0_cur = 1'b0;
        if (pc > 32'h40) begin
            m_cur = pc - 32'h40;
            a0_cur = 1'b1;
        end
        store_byte = best_byte$q;
        if (enrolling) begin
            store_byte = byte_e;
        end
        case (word$q)
            0:
                begin
                    kdf_word = label;
                end
            1:
                begin
                    kdf_word = sec$0$q;
                end
            2:
                begin
                    kdf_word = sec$1$q;
                end
            3:
                begin
                    kdf_word = sec$2$q;
                end
            4:
                begin
                    kdf_word = sec$3$q;
                end
            5:
                begin
                    kdf_word = sec$4$q;
                end
            6:
                begin
                    kdf_word = hh$0$q;
                end
            7:
                begin
                    kdf_word = hh$1$q;
                end
            8:
                begin
                    kdf_word = hh$2$q;
                end
            default:
                begin
                    kdf_word = hh$3$q;
                end
        endcase
        if (fsm$q == s_idle) begin
            if (start & alarm$q) begin
                err$d = 1'b1;
                code$d = 32'h7;
            end
            else if (start) begin
                if ((opcode != 32'h1) & (opcode != 32'h2)) begin
                    err$d = 1'b1;
                    code$d = 32'h1;
                end
                else if ((opcode == 32'h1) & ((lock$q != mb_false) | (lc_enrol_en != lc_on))) begin
                    err$d = 1'b1;
                    code$d = 32'h8;
                end
                else if ((opcode == 32'h1) & ~entropy_valid) begin
                    err$d = 1'b1;
                    code$d = 32'h9;
                end
                else if (window == 32'h0) begin
                    err$d = 1'b1;
                    code$d = 32'h6;
                end
                else begin
                    err$d = 1'b0;
                    code$d = 32'h0;
                    wipe = 1'b1;
                    key_ok$d = mb_false;
                    key$0$d = 32'h0;
                    key$1$d = 32'h0;
                    key$2$d = 32'h0;
                    key$3$d = 32'h0;
                    accept = 1'b1;
                    sponge$start = 1'b1;
                    fsm$d = s_measure;
                end
            end
        end
        else if (fsm$q == s_measure) begin
            t$d = t$q + 32'h1;
            t_b$d = t_b$q + 32'h1;
            if (t$q == win17 + 32'h2) begin
                fsm$d = s_compare;
            end
        end
        else if (fsm$q == s_compare) begin
            resp_lo$d = (resp_lo$q >> 32'h10) | (resp_hi$q << 32'h30);
            resp_hi$d = (resp_hi$q >> 32'h10) | (((cmp$16) & 64'hffffffffffffffff) << 32'h30);
            cnt_a$0$d = 32'h0;
            cnt_b$0$d = 32'h0;
            cnt_a$1$d = 32'h0;
            cnt_b$1$d = 32'h0;
            cnt_a$2$d = 32'h0;
            cnt_b$2$d = 32'h0;
            cnt_a$3$d = 32'h0;
            cnt_b$3$d = 32'h0;
            cnt_a$4$d = 32'h0;
            cnt_b$4$d = 32'h0;
            cnt_a$5$d = 32'h0;
            cnt_b$5$d = 32'h0;
            cnt_a$6$d = 32'h0;
            cnt_b$6$d = 32'h0;
            cnt_a$7$d = 32'h0;
            cnt_b$7$d = 32'h0;
            cnt_a$8$d = 32'h0;
            cnt_b$8$d = 32'h0;
            cnt_a$9$d = 32'h0;
            cnt_b$9$d = 32'h0;
            cnt_a$10$d = 32'h0;
            cnt_b$10$d = 32'h0;
            cnt_a$11$d = 32'h0;
            cnt_b$11$d = 32'h0;
            cnt_a$12$d = 32'h0;
            cnt_b$12$d = 32'h0;
            cnt_a$13$d = 32'h0;
            cnt_b$13$d = 32'h0;
            cnt_a$14$d = 32'h0;
            cnt_b$14$d = 32'h0;
            cnt_a$15$d = 32'h0;
            cnt_b$15$d = 32'h0;
            t$d = 32'h0;
            t_b$d = 32'h0;
            grp$d = grp$q + 32'h1;
            grp_b$d = grp_b$q + 32'h1;
            if (grp$q == 32'h7) begin
                if (enrolling) begin
                    fsm$d = s_helper_out;
                end
                else begin
                    fsm$d = s_helper_in;
                end
            end
            else begin
                fsm$d = s_measure;
            end
        end
        else if (fsm$q == s_helper_in) begin
            h_in_ready = sponge$in_ready;
            if (h_in_valid & sponge$in_ready) begin
                if (h_in_last) begin
                    err$d = 1'b1;
                    code$d = 32'h3;
                    abort = 1'b1;
                end
                else begin
                    sponge$in_valid = 1'b1;
                    sponge$in_data = h_in_data;
                    sponge$in_last = word$q == 32'h4f;
                    word$d = word$q + 32'h1;
                    word_b$d = word_b$q + 32'h1;
                    if (word$q[32'h0]) begin
                        resp_hi$d = resp_hi$q ^ h_in_data;
                        u$d = 32'h0;
                        u_b$d = 32'h0;
                        fsm$d = s_decode;
                    end
                    else begin
                        resp_lo$d = resp_lo$q ^ h_in_data;
                    end
                end
            end
        end
        else if (fsm$q == s_decode) begin
            if ((u$q == 32'h1) | ((u$q != 32'h0) & (m_cur > best_m$q))) begin
                best_m$d = m_cur;
                best_byte$d = sel_q$q << 32'h1;
                if (a0_cur) begin
                    best_byte$d = (sel_q$q << 32'h1) | ((32'h1) & 8'hff);
                end
            end
            u$d = u$q + 32'h1;
            u_b$d = u_b$q + 32'h1;
            if (u$q == 32'h80) begin
                fsm$d = s_store;
            end
        end
        else if (fsm$q == s_helper_out) begin
            h_out_valid = sponge$in_ready;
            hw = resp_lo$q ^ cw_lo;
            if (word$q[32'h0]) begin
                hw = resp_hi$q ^ cw_hi;
            end
            h_out_data = hw;
            if (h_out_ready & sponge$in_ready) begin
                sponge$in_valid = 1'b1;
                sponge$in_data = hw;
                sponge$in_last = word$q == 32'h4f;
                word$d = word$q + 32'h1;
                word_b$d = word_b$q + 32'h1;
                if (word$q[32'h0]) begin
                    fsm$d = s_store;
                end
            end
        end
        else if (fsm$q == s_store) begin
            sec$0$d = (sec$0$q >> 32'h8) | (sec$1$q << 32'h38);
            sec$1$d = (sec$1$q >> 32'h8) | (sec$2$q << 32'h38);
            sec$2$d = (sec$2$q >> 32'h8) | (sec$3$q << 32'h38);
            sec$3$d = (sec$3$q >> 32'h8) | (sec$4$q << 32'h38);
            sec$4$d = (sec$4$q >> 32'h8) | (((store_byte) & 64'hffffffffffffffff) << 32'h38);
            blk$d = blk$q + 32'h1;
            blk_b$d = blk_b$q + 32'h1;
            resp_lo$d = 32'h0;
            resp_hi$d = 32'h0;
            best_m$d = 32'h0;
            best_byte$d = 32'h0;
            u$d = 32'h0;
            u_b$d = 32'h0;
            if (blk$q == 32'h27) begin
                if (enrolling) begin
                    word$d = 32'h0;
                    word_b$d = 32'h0;
                    fsm$d = s_hash_out;
                end
                else begin
                    fsm$d = s_kcv_in;
                end
            end
            else begin
                fsm$d = s_measure;
            end
        end
        else if (fsm$q == s_kcv_in) begin
            h_in_ready = 1'b1;
            if (h_in_valid) begin
                if (h_in_last) begin
                    kcv$d = h_in_data;
                    word$d = 32'h0;
                    word_b$d = 32'h0;
                    fsm$d = s_hash_out;
                end
                else begin
                    err$d = 1'b1;
                    code$d = 32'h4;
                    abort = 1'b1;
                end
            end
        end
        else if (fsm$q == s_hash_out) begin
            sponge$out_ready = 1'b1;
            if (sponge$out_valid) begin
                hh_take = 1'b1;
                word$d = word$q + 32'h1;
                word_b$d = word_b$q + 32'h1;
                if (sponge$out_last) begin
                    fsm$d = s_kdf_start;
                end
            end
        end
        else if (fsm$q == s_kdf_start) begin
            sponge$start = 1'b1;
            sponge$mode = 32'h5;
            sponge$out_len = 32'h28;
            word$d = 32'h0;
            word_b$d = 32'h0;
            fsm$d = s_kdf_absorb;
        end
        else if (fsm$q == s_kdf_absorb) begin
            sponge$in_valid = 1'b1;
            sponge$in_data = kdf_word;
            sponge$in_last = word$q == 32'h9;
            if (sponge$in_ready) begin
                word$d = word$q + 32'h1;
                word_b$d = word_b$q + 32'h1;
                if (word$q == 32'h9) begin
                    word$d = 32'h0;
                    word_b$d = 32'h0;
                    fsm$d = s_kdf_squeeze;
                end
            end
        end
        else if (fsm$q == s_kdf_squeeze) begin
            sponge$out_ready = 1'b1;
            if (sponge$out_valid) begin
                hh_take = 1'b1;
                word$d = word$q + 32'h1;
                word_b$d = word_b$q + 32'h1;
                if (sponge$out_last) begin
                    if (enrolling) begin
                        kcv$d = sponge$out_data;
                        key$0$d = hh$0$q;
                        hh$0$d = 32'h0;
                        key$1$d = hh$1$q;
                        hh$1$d = 32'h0;
                        key$2$d = hh$2$q;
                        hh$2$d = 32'h0;
                        key$3$d = hh$3$q;
                        hh$3$d = 32'h0;
                        fsm$d = s_kcv_out;
                    end
                    else begin
                        kcv_ok$d = mb_false;
                        if (kcv_match) begin
                            kcv_ok$d = mb_true;
                        end
                        kcv$d = sponge$out_data;
                        fsm$d = s_check;
                    end
                end
            end
        end
        else if (fsm$q == s_kcv_out) begin
            h_out_valid = 1'b1;
            h_out_last = 1'b1;
            h_out_data = kcv$q;
            if (h_out_ready) begin
                key_ok$d = mb_true;
                wipe_q$d = 1'b1;
                done_r$d = 1'b1;
                fsm$d = s_idle;
            end
        end
        else if (fsm$q == s_check) begin
            if (kcv_ok$q == mb_true) begin
                key$0$d = hh$0$q;
                key$1$d = hh$1$q;
                key$2$d = hh$2$q;
                key$3$d = hh$3$q;
                key_ok$d = mb_true;
            end
            else begin
                err$d = 1'b1;
                code$d = 32'h5;
            end
            wipe_q$d = 1'b1;
            done_r$d = 1'b1;
            fsm$d = s_idle;
        end
        else if (fsm$q == s_abort) begin
            sponge$zeroize = 1'b1;
            done_r$d = 1'b1;
            fsm$d = s_idle;
        end
        if (hh_take) begin
            case (word$q)
                0:
                    begin
                        hh$0$d = sponge$out_data;
                    end
                1:
                    begin
                        hh$1$d = sponge$out_data;
                    end
                2:
                    begin
                        hh$2$d = sponge$out_data;
                    end
                3:
                    begin
                        hh$3$d = sponge$out_data;
                    end
                default:
                    begin
                    end
            endcase
        end
        if (~h_out_valid) begin
            h_out_data = 32'h0;
            h_out_last = 1'b0;
        end
        if (start & (fsm$q != s_idle)) begin
            err$d = 1'b1;
            code$d = 32'h2;
        end
        if (abort) begin
            wipe_q$d = 1'b1;
            fsm$d = s_abort;
        end
        if (kill_wide) begin
            wipe_q$d = 1'b0;
        end
        if (wipe | wipe_q$q | kill_wide) begin
            mode$d = mb_false;
            kcv_ok$d = mb_false;
            win$d = 32'h0;
            t$d = 32'h0;
            blk$d = 32'h0;
            grp$d = 32'h0;
            word$d = 32'h0;
            win_b$d = 32'h0;
            t_b$d = 32'h0;
            blk_b$d = 32'h0;
            grp_b$d = 32'h0;
            word_b$d = 32'h0;
            u_b$d = 32'h0;
            resp_lo$d = 32'h0;
            resp_hi$d = 32'h0;
            kcv$d = 32'h0;
            u$d = 32'h0;
            best_m$d = 32'h0;
            best_byte$d = 32'h0;
            p3_q$0$d = 32'h0;
            p3_q$1$d = 32'h0;
            p3_q$2$d = 32'h0;
            p3_q$3$d = 32'h0;
            p3_q$4$d = 32'h0;
            p3_q$5$d = 32'h0;
            p3_q$6$d = 32'h0;
            p3_q$7$d = 32'h0;
            p3_q$8$d = 32'h0;
            p3_q$9$d = 32'h0;
            p3_q$10$d = 32'h0;
            p3_q$11$d = 32'h0;
            p3_q$12$d = 32'h0;
            p3_q$13$d = 32'h0;
            p3_q$14$d = 32'h0;
            p3_q$15$d = 32'h0;
            sel_q$d = 32'h0;
            cnt_a$0$d = 32'h0;
            cnt_b$0$d = 32'h0;
            cnt_a$1$d = 32'h0;
            cnt_b$1$d = 32'h0;
            cnt_a$2$d = 32'h0;
            cnt_b$2$d = 32'h0;
            cnt_a$3$d = 32'h0;
            cnt_b$3$d = 32'h0;
            cnt_a$4$d = 32'h0;
            cnt_b$4$d = 32'h0;
            cnt_a$5$d = 32'h0;
            cnt_b$5$d = 32'h0;
            cnt_a$6$d = 32'h0;
            cnt_b$6$d = 32'h0;
            cnt_a$7$d = 32'h0;
            cnt_b$7$d = 32'h0;
            cnt_a$8$d = 32'h0;
            cnt_b$8$d = 32'h0;
            cnt_a$9$d = 32'h0;
            cnt_b$9$d = 32'h0;
            cnt_a$10$d = 32'h0;
            cnt_b$10$d = 32'h0;
            cnt_a$11$d = 32'h0;
            cnt_b$11$d = 32'h0;
            cnt_a$12$d = 32'h0;
            cnt_b$12$d = 32'h0;
            cnt_a$13$d = 32'h0;
            cnt_b$13$d = 32'h0;
            cnt_a$14$d = 32'h0;
            cnt_b$14$d = 32'h0;
            cnt_a$15$d = 32'h0;
            cnt_b$15$d = 32'h0;
            sec$0$d = 32'h0;
            sec$1$d = 32'h0;
            sec$2$d = 32'h0;
            sec$3$d = 32'h0;
            sec$4$d = 32'h0;
            hh$0$d = 32'h0;
            hh$1$d = 32'h0;
            hh$2$d = 32'h0;
            hh$3$d = 32'h0;
        end
        if (accept & ~kill) begin
            win$d = window;
            win_b$d = window;
            if (opcode == 32'h1) begin
                mode$d = mb_true;
                lock$d = mb_true;
                sec$0$d = entropy$0;
                sec$1$d = entropy$1;
                sec$2$d = entropy$2;
                sec$3$d = entropy$3;
                sec$4$d = entropy$4;
            end
        end
        if (kill_sponge) begin
            sponge$zeroize = 1'b1;
            sponge$start = 1'b0;
        end
        if (kill) begin
            fsm$d = s_idle;
            sy1_a$d = 32'h0;
            sy2_a$d = 32'h0;
            pv_a$d = 32'h0;
            sy1_b$d = 32'h0;
            sy2_b$d = 32'h0;
            pv_b$d = 32'h0;
            key_ok$d = mb_false;
            done_r$d = 1'b0;
            key$0$d = 32'h0;
            key$1$d = 32'h0;
            key$2$d = 32'h0;
            key$3$d = 32'h0;
        end
        if (bad) begin
            alarm$d = 1'b1;
        end
        if (~lock_ok) begin
            lock$d = mb_true;
        end
        if (zeroize | reset) begin
            err$d = 1'b0;
            code$d = 32'h0;
        end
        if (reset) begin
            alarm$d = 1'b0;
        end
    end
    
endmodule // puf_kdf


module puf_kdf$alarm(d,q,clock);
    
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
          
endmodule // puf_kdf$alarm


module puf_kdf$best_byte(d,q,clock);
    
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
          
endmodule // puf_kdf$best_byte


module puf_kdf$best_m(d,q,clock);
    
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
          
endmodule // puf_kdf$best_m


module puf_kdf$blk(d,q,clock);
    
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
          
endmodule // puf_kdf$blk


module puf_kdf$blk_b(d,q,clock);
    
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
          
endmodule // puf_kdf$blk_b


module puf_kdf$cnt_a$0(d,q,clock);
    
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
          
endmodule // puf_kdf$cnt_a$0


module puf_kdf$cnt_a$1(d,q,clock);
    
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
          
endmodule // puf_kdf$cnt_a$1


module puf_kdf$cnt_a$10(d,q,clock);
    
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
          
endmodule // puf_kdf$cnt_a$10


module puf_kdf$cnt_a$11(d,q,clock);
    
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
          
endmodule // puf_kdf$cnt_a$11


module puf_kdf$cnt_a$12(d,q,clock);
    
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
          
endmodule // puf_kdf$cnt_a$12


module puf_kdf$cnt_a$13(d,q,clock);
    
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
          
endmodule // puf_kdf$cnt_a$13


module puf_kdf$cnt_a$14(d,q,clock);
    
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
          
endmodule // puf_kdf$cnt_a$14


module puf_kdf$cnt_a$15(d,q,clock);
    
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
          
endmodule // puf_kdf$cnt_a$15


module puf_kdf$cnt_a$2(d,q,clock);
    
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
          
endmodule // puf_kdf$cnt_a$2


module puf_kdf$cnt_a$3(d,q,clock);
    
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
          
endmodule // puf_kdf$cnt_a$3


module puf_kdf$cnt_a$4(d,q,clock);
    
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
          
endmodule // puf_kdf$cnt_a$4


module puf_kdf$cnt_a$5(d,q,clock);
    
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
          
endmodule // puf_kdf$cnt_a$5


module puf_kdf$cnt_a$6(d,q,clock);
    
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
          
endmodule // puf_kdf$cnt_a$6


module puf_kdf$cnt_a$7(d,q,clock);
    
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
          
endmodule // puf_kdf$cnt_a$7


module puf_kdf$cnt_a$8(d,q,clock);
    
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
          
endmodule // puf_kdf$cnt_a$8


module puf_kdf$cnt_a$9(d,q,clock);
    
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
          
endmodule // puf_kdf$cnt_a$9


module puf_kdf$cnt_b$0(d,q,clock);
    
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
          
endmodule // puf_kdf$cnt_b$0


module puf_kdf$cnt_b$1(d,q,clock);
    
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
          
endmodule // puf_kdf$cnt_b$1


module puf_kdf$cnt_b$10(d,q,clock);
    
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
          
endmodule // puf_kdf$cnt_b$10


module puf_kdf$cnt_b$11(d,q,clock);
    
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
          
endmodule // puf_kdf$cnt_b$11


module puf_kdf$cnt_b$12(d,q,clock);
    
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
          
endmodule // puf_kdf$cnt_b$12


module puf_kdf$cnt_b$13(d,q,clock);
    
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
          
endmodule // puf_kdf$cnt_b$13


module puf_kdf$cnt_b$14(d,q,clock);
    
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
          
endmodule // puf_kdf$cnt_b$14


module puf_kdf$cnt_b$15(d,q,clock);
    
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
          
endmodule // puf_kdf$cnt_b$15


module puf_kdf$cnt_b$2(d,q,clock);
    
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
          
endmodule // puf_kdf$cnt_b$2


module puf_kdf$cnt_b$3(d,q,clock);
    
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
          
endmodule // puf_kdf$cnt_b$3


module puf_kdf$cnt_b$4(d,q,clock);
    
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
          
endmodule // puf_kdf$cnt_b$4


module puf_kdf$cnt_b$5(d,q,clock);
    
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
          
endmodule // puf_kdf$cnt_b$5


module puf_kdf$cnt_b$6(d,q,clock);
    
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
          
endmodule // puf_kdf$cnt_b$6


module puf_kdf$cnt_b$7(d,q,clock);
    
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
          
endmodule // puf_kdf$cnt_b$7


module puf_kdf$cnt_b$8(d,q,clock);
    
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
          
endmodule // puf_kdf$cnt_b$8


module puf_kdf$cnt_b$9(d,q,clock);
    
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
          
endmodule // puf_kdf$cnt_b$9


module puf_kdf$code(d,q,clock);
    
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
          
endmodule // puf_kdf$code


module puf_kdf$done_r(d,q,clock);
    
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
          
endmodule // puf_kdf$done_r


module puf_kdf$err(d,q,clock);
    
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
          
endmodule // puf_kdf$err


module puf_kdf$fsm(d,q,clock);
    
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
          
endmodule // puf_kdf$fsm


module puf_kdf$grp(d,q,clock);
    
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
          
endmodule // puf_kdf$grp


module puf_kdf$grp_b(d,q,clock);
    
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
          
endmodule // puf_kdf$grp_b


module puf_kdf$hh$0(d,q,clock);
    
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
          
endmodule // puf_kdf$hh$0


module puf_kdf$hh$1(d,q,clock);
    
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
          
endmodule // puf_kdf$hh$1


module puf_kdf$hh$2(d,q,clock);
    
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
          
endmodule // puf_kdf$hh$2


module puf_kdf$hh$3(d,q,clock);
    
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
          
endmodule // puf_kdf$hh$3


module puf_kdf$kcv(d,q,clock);
    
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
          
endmodule // puf_kdf$kcv


module puf_kdf$kcv_ok(d,q,clock);
    
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
          
endmodule // puf_kdf$kcv_ok


module puf_kdf$key$0(d,q,clock);
    
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
          
endmodule // puf_kdf$key$0


module puf_kdf$key$1(d,q,clock);
    
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
          
endmodule // puf_kdf$key$1


module puf_kdf$key$2(d,q,clock);
    
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
          
endmodule // puf_kdf$key$2


module puf_kdf$key$3(d,q,clock);
    
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
          
endmodule // puf_kdf$key$3


module puf_kdf$key_ok(d,q,clock);
    
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
          
endmodule // puf_kdf$key_ok


module puf_kdf$lock(d,q,clock);
    
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
          
endmodule // puf_kdf$lock


module puf_kdf$mode(d,q,clock);
    
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
          
endmodule // puf_kdf$mode


module puf_kdf$p3_q$0(d,q,clock);
    
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
          
endmodule // puf_kdf$p3_q$0


module puf_kdf$p3_q$1(d,q,clock);
    
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
          
endmodule // puf_kdf$p3_q$1


module puf_kdf$p3_q$10(d,q,clock);
    
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
          
endmodule // puf_kdf$p3_q$10


module puf_kdf$p3_q$11(d,q,clock);
    
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
          
endmodule // puf_kdf$p3_q$11


module puf_kdf$p3_q$12(d,q,clock);
    
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
          
endmodule // puf_kdf$p3_q$12


module puf_kdf$p3_q$13(d,q,clock);
    
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
          
endmodule // puf_kdf$p3_q$13


module puf_kdf$p3_q$14(d,q,clock);
    
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
          
endmodule // puf_kdf$p3_q$14


module puf_kdf$p3_q$15(d,q,clock);
    
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
          
endmodule // puf_kdf$p3_q$15


module puf_kdf$p3_q$2(d,q,clock);
    
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
          
endmodule // puf_kdf$p3_q$2


module puf_kdf$p3_q$3(d,q,clock);
    
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
          
endmodule // puf_kdf$p3_q$3


module puf_kdf$p3_q$4(d,q,clock);
    
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
          
endmodule // puf_kdf$p3_q$4


module puf_kdf$p3_q$5(d,q,clock);
    
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
          
endmodule // puf_kdf$p3_q$5


module puf_kdf$p3_q$6(d,q,clock);
    
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
          
endmodule // puf_kdf$p3_q$6


module puf_kdf$p3_q$7(d,q,clock);
    
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
          
endmodule // puf_kdf$p3_q$7


module puf_kdf$p3_q$8(d,q,clock);
    
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
          
endmodule // puf_kdf$p3_q$8


module puf_kdf$p3_q$9(d,q,clock);
    
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
          
endmodule // puf_kdf$p3_q$9


module puf_kdf$pv_a(d,q,clock);
    
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
          
endmodule // puf_kdf$pv_a


module puf_kdf$pv_b(d,q,clock);
    
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
          
endmodule // puf_kdf$pv_b


module puf_kdf$resp_hi(d,q,clock);
    
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
          
endmodule // puf_kdf$resp_hi


module puf_kdf$resp_lo(d,q,clock);
    
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
          
endmodule // puf_kdf$resp_lo


module puf_kdf$sec$0(d,q,clock);
    
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
          
endmodule // puf_kdf$sec$0


module puf_kdf$sec$1(d,q,clock);
    
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
          
endmodule // puf_kdf$sec$1


module puf_kdf$sec$2(d,q,clock);
    
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
          
endmodule // puf_kdf$sec$2


module puf_kdf$sec$3(d,q,clock);
    
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
          
endmodule // puf_kdf$sec$3


module puf_kdf$sec$4(d,q,clock);
    
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
          
endmodule // puf_kdf$sec$4


module puf_kdf$sel_q(d,q,clock);
    
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
          
endmodule // puf_kdf$sel_q


module puf_kdf$sponge(clock,reset,zeroize,start,mode,out_len,in_data,in_valid,in_last,in_bytes,in_ready,out_data,out_valid,out_last,out_bytes,out_ready,busy,done,error,err_code,fatal);
    
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
    puf_kdf$sponge$core core(
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
    puf_kdf$sponge$fsm fsm(
        .d(fsm$d),
        .q(fsm$q),
        .clock(fsm$clock)
    );
    puf_kdf$sponge$after after(
        .d(after$d),
        .q(after$q),
        .clock(after$clock)
    );
    puf_kdf$sponge$alarm alarm(
        .d(alarm$d),
        .q(alarm$q),
        .clock(alarm$clock)
    );
    puf_kdf$sponge$rate_last rate_last(
        .d(rate_last$d),
        .q(rate_last$q),
        .clock(rate_last$clock)
    );
    puf_kdf$sponge$domain domain(
        .d(domain$d),
        .q(domain$q),
        .clock(domain$clock)
    );
    puf_kdf$sponge$cnt cnt(
        .d(cnt$d),
        .q(cnt$q),
        .clock(cnt$clock)
    );
    puf_kdf$sponge$remaining remaining(
        .d(remaining$d),
        .q(remaining$q),
        .clock(remaining$clock)
    );
    puf_kdf$sponge$err err(
        .d(err$d),
        .q(err$q),
        .clock(err$clock)
    );
    puf_kdf$sponge$code code(
        .d(code$d),
        .q(code$q),
        .clock(code$clock)
    );
    puf_kdf$sponge$done_r done_r(
        .d(done_r$d),
        .q(done_r$q),
        .clock(done_r$clock)
    );
    puf_kdf$sponge$lanes_q lanes_q(
        .d(lanes_q$d),
        .q(lanes_q$q),
        .clock(lanes_q$clock)
    );
    puf_kdf$sponge$last_q last_q(
        .d(last_q$d),
        .q(last_q$q),
        .clock(last_q$clock)
    );
    puf_kdf$sponge$end_wipe end_wipe(
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
    
endmodule // puf_kdf$sponge


module puf_kdf$sponge$after(d,q,clock);
    
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
          
endmodule // puf_kdf$sponge$after


module puf_kdf$sponge$alarm(d,q,clock);
    
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
          
endmodule // puf_kdf$sponge$alarm


module puf_kdf$sponge$cnt(d,q,clock);
    
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
          
endmodule // puf_kdf$sponge$cnt


module puf_kdf$sponge$code(d,q,clock);
    
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
          
endmodule // puf_kdf$sponge$code


module puf_kdf$sponge$core(clock,reset,clear,xor_lanes,xor_data,end_lanes,start,state_out$0,state_out$1,state_out$2,state_out$3,state_out$4,state_out$5,state_out$6,state_out$7,state_out$8,state_out$9,state_out$10,state_out$11,state_out$12,state_out$13,state_out$14,state_out$15,state_out$16,state_out$17,state_out$18,state_out$19,state_out$20,state_out$21,state_out$22,state_out$23,state_out$24,busy,last_step,done,fatal);
    
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
    puf_kdf$sponge$core$state$0 state$0(
        .d(state$0$d),
        .q(state$0$q),
        .clock(state$0$clock)
    );
    puf_kdf$sponge$core$state$1 state$1(
        .d(state$1$d),
        .q(state$1$q),
        .clock(state$1$clock)
    );
    puf_kdf$sponge$core$state$2 state$2(
        .d(state$2$d),
        .q(state$2$q),
        .clock(state$2$clock)
    );
    puf_kdf$sponge$core$state$3 state$3(
        .d(state$3$d),
        .q(state$3$q),
        .clock(state$3$clock)
    );
    puf_kdf$sponge$core$state$4 state$4(
        .d(state$4$d),
        .q(state$4$q),
        .clock(state$4$clock)
    );
    puf_kdf$sponge$core$state$5 state$5(
        .d(state$5$d),
        .q(state$5$q),
        .clock(state$5$clock)
    );
    puf_kdf$sponge$core$state$6 state$6(
        .d(state$6$d),
        .q(state$6$q),
        .clock(state$6$clock)
    );
    puf_kdf$sponge$core$state$7 state$7(
        .d(state$7$d),
        .q(state$7$q),
        .clock(state$7$clock)
    );
    puf_kdf$sponge$core$state$8 state$8(
        .d(state$8$d),
        .q(state$8$q),
        .clock(state$8$clock)
    );
    puf_kdf$sponge$core$state$9 state$9(
        .d(state$9$d),
        .q(state$9$q),
        .clock(state$9$clock)
    );
    puf_kdf$sponge$core$state$10 state$10(
        .d(state$10$d),
        .q(state$10$q),
        .clock(state$10$clock)
    );
    puf_kdf$sponge$core$state$11 state$11(
        .d(state$11$d),
        .q(state$11$q),
        .clock(state$11$clock)
    );
    puf_kdf$sponge$core$state$12 state$12(
        .d(state$12$d),
        .q(state$12$q),
        .clock(state$12$clock)
    );
    puf_kdf$sponge$core$state$13 state$13(
        .d(state$13$d),
        .q(state$13$q),
        .clock(state$13$clock)
    );
    puf_kdf$sponge$core$state$14 state$14(
        .d(state$14$d),
        .q(state$14$q),
        .clock(state$14$clock)
    );
    puf_kdf$sponge$core$state$15 state$15(
        .d(state$15$d),
        .q(state$15$q),
        .clock(state$15$clock)
    );
    puf_kdf$sponge$core$state$16 state$16(
        .d(state$16$d),
        .q(state$16$q),
        .clock(state$16$clock)
    );
    puf_kdf$sponge$core$state$17 state$17(
        .d(state$17$d),
        .q(state$17$q),
        .clock(state$17$clock)
    );
    puf_kdf$sponge$core$state$18 state$18(
        .d(state$18$d),
        .q(state$18$q),
        .clock(state$18$clock)
    );
    puf_kdf$sponge$core$state$19 state$19(
        .d(state$19$d),
        .q(state$19$q),
        .clock(state$19$clock)
    );
    puf_kdf$sponge$core$state$20 state$20(
        .d(state$20$d),
        .q(state$20$q),
        .clock(state$20$clock)
    );
    puf_kdf$sponge$core$state$21 state$21(
        .d(state$21$d),
        .q(state$21$q),
        .clock(state$21$clock)
    );
    puf_kdf$sponge$core$state$22 state$22(
        .d(state$22$d),
        .q(state$22$q),
        .clock(state$22$clock)
    );
    puf_kdf$sponge$core$state$23 state$23(
        .d(state$23$d),
        .q(state$23$q),
        .clock(state$23$clock)
    );
    puf_kdf$sponge$core$state$24 state$24(
        .d(state$24$d),
        .q(state$24$q),
        .clock(state$24$clock)
    );
    puf_kdf$sponge$core$run_st run_st(
        .d(run_st$d),
        .q(run_st$q),
        .clock(run_st$clock)
    );
    puf_kdf$sponge$core$step step(
        .d(step$d),
        .q(step$q),
        .clock(step$clock)
    );
    puf_kdf$sponge$core$step_b step_b(
        .d(step_b$d),
        .q(step_b$q),
        .clock(step_b$clock)
    );
    puf_kdf$sponge$core$done_r done_r(
        .d(done_r$d),
        .q(done_r$q),
        .clock(done_r$clock)
    );
    puf_kdf$sponge$core$alarm alarm(
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
    
endmodule // puf_kdf$sponge$core


module puf_kdf$sponge$core$alarm(d,q,clock);
    
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
          
endmodule // puf_kdf$sponge$core$alarm


module puf_kdf$sponge$core$done_r(d,q,clock);
    
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
          
endmodule // puf_kdf$sponge$core$done_r


module puf_kdf$sponge$core$run_st(d,q,clock);
    
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
          
endmodule // puf_kdf$sponge$core$run_st


module puf_kdf$sponge$core$state$0(d,q,clock);
    
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
          
endmodule // puf_kdf$sponge$core$state$0


module puf_kdf$sponge$core$state$1(d,q,clock);
    
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
          
endmodule // puf_kdf$sponge$core$state$1


module puf_kdf$sponge$core$state$10(d,q,clock);
    
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
          
endmodule // puf_kdf$sponge$core$state$10


module puf_kdf$sponge$core$state$11(d,q,clock);
    
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
          
endmodule // puf_kdf$sponge$core$state$11


module puf_kdf$sponge$core$state$12(d,q,clock);
    
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
          
endmodule // puf_kdf$sponge$core$state$12


module puf_kdf$sponge$core$state$13(d,q,clock);
    
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
          
endmodule // puf_kdf$sponge$core$state$13


module puf_kdf$sponge$core$state$14(d,q,clock);
    
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
          
endmodule // puf_kdf$sponge$core$state$14


module puf_kdf$sponge$core$state$15(d,q,clock);
    
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
          
endmodule // puf_kdf$sponge$core$state$15


module puf_kdf$sponge$core$state$16(d,q,clock);
    
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
          
endmodule // puf_kdf$sponge$core$state$16


module puf_kdf$sponge$core$state$17(d,q,clock);
    
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
          
endmodule // puf_kdf$sponge$core$state$17


module puf_kdf$sponge$core$state$18(d,q,clock);
    
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
          
endmodule // puf_kdf$sponge$core$state$18


module puf_kdf$sponge$core$state$19(d,q,clock);
    
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
          
endmodule // puf_kdf$sponge$core$state$19


module puf_kdf$sponge$core$state$2(d,q,clock);
    
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
          
endmodule // puf_kdf$sponge$core$state$2


module puf_kdf$sponge$core$state$20(d,q,clock);
    
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
          
endmodule // puf_kdf$sponge$core$state$20


module puf_kdf$sponge$core$state$21(d,q,clock);
    
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
          
endmodule // puf_kdf$sponge$core$state$21


module puf_kdf$sponge$core$state$22(d,q,clock);
    
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
          
endmodule // puf_kdf$sponge$core$state$22


module puf_kdf$sponge$core$state$23(d,q,clock);
    
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
          
endmodule // puf_kdf$sponge$core$state$23


module puf_kdf$sponge$core$state$24(d,q,clock);
    
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
          
endmodule // puf_kdf$sponge$core$state$24


module puf_kdf$sponge$core$state$3(d,q,clock);
    
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
          
endmodule // puf_kdf$sponge$core$state$3


module puf_kdf$sponge$core$state$4(d,q,clock);
    
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
          
endmodule // puf_kdf$sponge$core$state$4


module puf_kdf$sponge$core$state$5(d,q,clock);
    
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
          
endmodule // puf_kdf$sponge$core$state$5


module puf_kdf$sponge$core$state$6(d,q,clock);
    
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
          
endmodule // puf_kdf$sponge$core$state$6


module puf_kdf$sponge$core$state$7(d,q,clock);
    
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
          
endmodule // puf_kdf$sponge$core$state$7


module puf_kdf$sponge$core$state$8(d,q,clock);
    
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
          
endmodule // puf_kdf$sponge$core$state$8


module puf_kdf$sponge$core$state$9(d,q,clock);
    
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
          
endmodule // puf_kdf$sponge$core$state$9


module puf_kdf$sponge$core$step(d,q,clock);
    
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
          
endmodule // puf_kdf$sponge$core$step


module puf_kdf$sponge$core$step_b(d,q,clock);
    
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
          
endmodule // puf_kdf$sponge$core$step_b


module puf_kdf$sponge$domain(d,q,clock);
    
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
          
endmodule // puf_kdf$sponge$domain


module puf_kdf$sponge$done_r(d,q,clock);
    
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
          
endmodule // puf_kdf$sponge$done_r


module puf_kdf$sponge$end_wipe(d,q,clock);
    
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
          
endmodule // puf_kdf$sponge$end_wipe


module puf_kdf$sponge$err(d,q,clock);
    
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
          
endmodule // puf_kdf$sponge$err


module puf_kdf$sponge$fsm(d,q,clock);
    
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
          
endmodule // puf_kdf$sponge$fsm


module puf_kdf$sponge$lanes_q(d,q,clock);
    
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
          
endmodule // puf_kdf$sponge$lanes_q


module puf_kdf$sponge$last_q(d,q,clock);
    
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
          
endmodule // puf_kdf$sponge$last_q


module puf_kdf$sponge$rate_last(d,q,clock);
    
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
          
endmodule // puf_kdf$sponge$rate_last


module puf_kdf$sponge$remaining(d,q,clock);
    
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
          
endmodule // puf_kdf$sponge$remaining


module puf_kdf$sy1_a(d,q,clock);
    
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
          
endmodule // puf_kdf$sy1_a


module puf_kdf$sy1_b(d,q,clock);
    
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
          
endmodule // puf_kdf$sy1_b


module puf_kdf$sy2_a(d,q,clock);
    
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
          
endmodule // puf_kdf$sy2_a


module puf_kdf$sy2_b(d,q,clock);
    
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
          
endmodule // puf_kdf$sy2_b


module puf_kdf$t(d,q,clock);
    
    // Module arguments
    input wire  [16:0] d;
    output reg  [16:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 17'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // puf_kdf$t


module puf_kdf$t_b(d,q,clock);
    
    // Module arguments
    input wire  [16:0] d;
    output reg  [16:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 17'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // puf_kdf$t_b


module puf_kdf$u(d,q,clock);
    
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
          
endmodule // puf_kdf$u


module puf_kdf$u_b(d,q,clock);
    
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
          
endmodule // puf_kdf$u_b


module puf_kdf$win(d,q,clock);
    
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
          
endmodule // puf_kdf$win


module puf_kdf$win_b(d,q,clock);
    
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
          
endmodule // puf_kdf$win_b


module puf_kdf$wipe_q(d,q,clock);
    
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
          
endmodule // puf_kdf$wipe_q


module puf_kdf$word(d,q,clock);
    
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
          
endmodule // puf_kdf$word


module puf_kdf$word_b(d,q,clock);
    
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
          
endmodule // puf_kdf$word_b

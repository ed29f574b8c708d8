

module ntt_unit_b4(clock,reset,zeroize,start,op,mode,src_a,src_b,dst,busy,done,error,err_code,fatal,mem_idx$0,mem_idx$1,mem_idx$2,mem_idx$3,mem_we$0,mem_we$1,mem_we$2,mem_we$3,mem_re$0,mem_re$1,mem_re$2,mem_re$3,mem_wdata$0,mem_wdata$1,mem_wdata$2,mem_wdata$3,mem_rdata$0,mem_rdata$1,mem_rdata$2,mem_rdata$3);
    
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
    ntt_unit_b4$ram_a$0 ram_a$0(
        .read_address(ram_a$0$read_address),
        .read_clock(ram_a$0$read_clock),
        .read_data(ram_a$0$read_data),
        .write_address(ram_a$0$write_address),
        .write_clock(ram_a$0$write_clock),
        .write_data(ram_a$0$write_data),
        .write_enable(ram_a$0$write_enable)
    );
    ntt_unit_b4$ram_a$1 ram_a$1(
        .read_address(ram_a$1$read_address),
        .read_clock(ram_a$1$read_clock),
        .read_data(ram_a$1$read_data),
        .write_address(ram_a$1$write_address),
        .write_clock(ram_a$1$write_clock),
        .write_data(ram_a$1$write_data),
        .write_enable(ram_a$1$write_enable)
    );
    ntt_unit_b4$ram_a$2 ram_a$2(
        .read_address(ram_a$2$read_address),
        .read_clock(ram_a$2$read_clock),
        .read_data(ram_a$2$read_data),
        .write_address(ram_a$2$write_address),
        .write_clock(ram_a$2$write_clock),
        .write_data(ram_a$2$write_data),
        .write_enable(ram_a$2$write_enable)
    );
    ntt_unit_b4$ram_a$3 ram_a$3(
        .read_address(ram_a$3$read_address),
        .read_clock(ram_a$3$read_clock),
        .read_data(ram_a$3$read_data),
        .write_address(ram_a$3$write_address),
        .write_clock(ram_a$3$write_clock),
        .write_data(ram_a$3$write_data),
        .write_enable(ram_a$3$write_enable)
    );
    ntt_unit_b4$ram_a$4 ram_a$4(
        .read_address(ram_a$4$read_address),
        .read_clock(ram_a$4$read_clock),
        .read_data(ram_a$4$read_data),
        .write_address(ram_a$4$write_address),
        .write_clock(ram_a$4$write_clock),
        .write_data(ram_a$4$write_data),
        .write_enable(ram_a$4$write_enable)
    );
    ntt_unit_b4$ram_a$5 ram_a$5(
        .read_address(ram_a$5$read_address),
        .read_clock(ram_a$5$read_clock),
        .read_data(ram_a$5$read_data),
        .write_address(ram_a$5$write_address),
        .write_clock(ram_a$5$write_clock),
        .write_data(ram_a$5$write_data),
        .write_enable(ram_a$5$write_enable)
    );
    ntt_unit_b4$ram_a$6 ram_a$6(
        .read_address(ram_a$6$read_address),
        .read_clock(ram_a$6$read_clock),
        .read_data(ram_a$6$read_data),
        .write_address(ram_a$6$write_address),
        .write_clock(ram_a$6$write_clock),
        .write_data(ram_a$6$write_data),
        .write_enable(ram_a$6$write_enable)
    );
    ntt_unit_b4$ram_a$7 ram_a$7(
        .read_address(ram_a$7$read_address),
        .read_clock(ram_a$7$read_clock),
        .read_data(ram_a$7$read_data),
        .write_address(ram_a$7$write_address),
        .write_clock(ram_a$7$write_clock),
        .write_data(ram_a$7$write_data),
        .write_enable(ram_a$7$write_enable)
    );
    ntt_unit_b4$ram_b$0 ram_b$0(
        .read_address(ram_b$0$read_address),
        .read_clock(ram_b$0$read_clock),
        .read_data(ram_b$0$read_data),
        .write_address(ram_b$0$write_address),
        .write_clock(ram_b$0$write_clock),
        .write_data(ram_b$0$write_data),
        .write_enable(ram_b$0$write_enable)
    );
    ntt_unit_b4$ram_b$1 ram_b$1(
        .read_address(ram_b$1$read_address),
        .read_clock(ram_b$1$read_clock),
        .read_data(ram_b$1$read_data),
        .write_address(ram_b$1$write_address),
        .write_clock(ram_b$1$write_clock),
        .write_data(ram_b$1$write_data),
        .write_enable(ram_b$1$write_enable)
    );
    ntt_unit_b4$ram_b$2 ram_b$2(
        .read_address(ram_b$2$read_address),
        .read_clock(ram_b$2$read_clock),
        .read_data(ram_b$2$read_data),
        .write_address(ram_b$2$write_address),
        .write_clock(ram_b$2$write_clock),
        .write_data(ram_b$2$write_data),
        .write_enable(ram_b$2$write_enable)
    );
    ntt_unit_b4$ram_b$3 ram_b$3(
        .read_address(ram_b$3$read_address),
        .read_clock(ram_b$3$read_clock),
        .read_data(ram_b$3$read_data),
        .write_address(ram_b$3$write_address),
        .write_clock(ram_b$3$write_clock),
        .write_data(ram_b$3$write_data),
        .write_enable(ram_b$3$write_enable)
    );
    ntt_unit_b4$ram_b$4 ram_b$4(
        .read_address(ram_b$4$read_address),
        .read_clock(ram_b$4$read_clock),
        .read_data(ram_b$4$read_data),
        .write_address(ram_b$4$write_address),
        .write_clock(ram_b$4$write_clock),
        .write_data(ram_b$4$write_data),
        .write_enable(ram_b$4$write_enable)
    );
    ntt_unit_b4$ram_b$5 ram_b$5(
        .read_address(ram_b$5$read_address),
        .read_clock(ram_b$5$read_clock),
        .read_data(ram_b$5$read_data),
        .write_address(ram_b$5$write_address),
        .write_clock(ram_b$5$write_clock),
        .write_data(ram_b$5$write_data),
        .write_enable(ram_b$5$write_enable)
    );
    ntt_unit_b4$ram_b$6 ram_b$6(
        .read_address(ram_b$6$read_address),
        .read_clock(ram_b$6$read_clock),
        .read_data(ram_b$6$read_data),
        .write_address(ram_b$6$write_address),
        .write_clock(ram_b$6$write_clock),
        .write_data(ram_b$6$write_data),
        .write_enable(ram_b$6$write_enable)
    );
    ntt_unit_b4$ram_b$7 ram_b$7(
        .read_address(ram_b$7$read_address),
        .read_clock(ram_b$7$read_clock),
        .read_data(ram_b$7$read_data),
        .write_address(ram_b$7$write_address),
        .write_clock(ram_b$7$write_clock),
        .write_data(ram_b$7$write_data),
        .write_enable(ram_b$7$write_enable)
    );
    ntt_unit_b4$rom$0 rom$0(
        .read_address(rom$0$read_address),
        .read_clock(rom$0$read_clock),
        .read_data(rom$0$read_data),
        .write_address(rom$0$write_address),
        .write_clock(rom$0$write_clock),
        .write_data(rom$0$write_data),
        .write_enable(rom$0$write_enable)
    );
    ntt_unit_b4$rom$1 rom$1(
        .read_address(rom$1$read_address),
        .read_clock(rom$1$read_clock),
        .read_data(rom$1$read_data),
        .write_address(rom$1$write_address),
        .write_clock(rom$1$write_clock),
        .write_data(rom$1$write_data),
        .write_enable(rom$1$write_enable)
    );
    ntt_unit_b4$rom$2 rom$2(
        .read_address(rom$2$read_address),
        .read_clock(rom$2$read_clock),
        .read_data(rom$2$read_data),
        .write_address(rom$2$write_address),
        .write_clock(rom$2$write_clock),
        .write_data(rom$2$write_data),
        .write_enable(rom$2$write_enable)
    );
    ntt_unit_b4$rom$3 rom$3(
        .read_address(rom$3$read_address),
        .read_clock(rom$3$read_clock),
        .read_data(rom$3$read_data),
        .write_address(rom$3$write_address),
        .write_clock(rom$3$write_clock),
        .write_data(rom$3$write_data),
        .write_enable(rom$3$write_enable)
    );
    ntt_unit_b4$mul_a$0 mul_a$0(
        .clock(mul_a$0$clock),
        .dsa(mul_a$0$dsa),
        .a(mul_a$0$a),
        .b(mul_a$0$b),
        .r(mul_a$0$r)
    );
    ntt_unit_b4$mul_a$1 mul_a$1(
        .clock(mul_a$1$clock),
        .dsa(mul_a$1$dsa),
        .a(mul_a$1$a),
        .b(mul_a$1$b),
        .r(mul_a$1$r)
    );
    ntt_unit_b4$mul_a$2 mul_a$2(
        .clock(mul_a$2$clock),
        .dsa(mul_a$2$dsa),
        .a(mul_a$2$a),
        .b(mul_a$2$b),
        .r(mul_a$2$r)
    );
    ntt_unit_b4$mul_a$3 mul_a$3(
        .clock(mul_a$3$clock),
        .dsa(mul_a$3$dsa),
        .a(mul_a$3$a),
        .b(mul_a$3$b),
        .r(mul_a$3$r)
    );
    ntt_unit_b4$mul_b$0 mul_b$0(
        .clock(mul_b$0$clock),
        .dsa(mul_b$0$dsa),
        .a(mul_b$0$a),
        .b(mul_b$0$b),
        .r(mul_b$0$r)
    );
    ntt_unit_b4$mul_b$1 mul_b$1(
        .clock(mul_b$1$clock),
        .dsa(mul_b$1$dsa),
        .a(mul_b$1$a),
        .b(mul_b$1$b),
        .r(mul_b$1$r)
    );
    ntt_unit_b4$mul_b$2 mul_b$2(
        .clock(mul_b$2$clock),
        .dsa(mul_b$2$dsa),
        .a(mul_b$2$a),
        .b(mul_b$2$b),
        .r(mul_b$2$r)
    );
    ntt_unit_b4$mul_b$3 mul_b$3(
        .clock(mul_b$3$clock),
        .dsa(mul_b$3$dsa),
        .a(mul_b$3$a),
        .b(mul_b$3$b),
        .r(mul_b$3$r)
    );
    ntt_unit_b4$mul_c$0 mul_c$0(
        .clock(mul_c$0$clock),
        .dsa(mul_c$0$dsa),
        .a(mul_c$0$a),
        .b(mul_c$0$b),
        .r(mul_c$0$r)
    );
    ntt_unit_b4$mul_c$1 mul_c$1(
        .clock(mul_c$1$clock),
        .dsa(mul_c$1$dsa),
        .a(mul_c$1$a),
        .b(mul_c$1$b),
        .r(mul_c$1$r)
    );
    ntt_unit_b4$mul_c$2 mul_c$2(
        .clock(mul_c$2$clock),
        .dsa(mul_c$2$dsa),
        .a(mul_c$2$a),
        .b(mul_c$2$b),
        .r(mul_c$2$r)
    );
    ntt_unit_b4$mul_c$3 mul_c$3(
        .clock(mul_c$3$clock),
        .dsa(mul_c$3$dsa),
        .a(mul_c$3$a),
        .b(mul_c$3$b),
        .r(mul_c$3$r)
    );
    ntt_unit_b4$mul_d$0 mul_d$0(
        .clock(mul_d$0$clock),
        .dsa(mul_d$0$dsa),
        .a(mul_d$0$a),
        .b(mul_d$0$b),
        .r(mul_d$0$r)
    );
    ntt_unit_b4$mul_d$1 mul_d$1(
        .clock(mul_d$1$clock),
        .dsa(mul_d$1$dsa),
        .a(mul_d$1$a),
        .b(mul_d$1$b),
        .r(mul_d$1$r)
    );
    ntt_unit_b4$mul_d$2 mul_d$2(
        .clock(mul_d$2$clock),
        .dsa(mul_d$2$dsa),
        .a(mul_d$2$a),
        .b(mul_d$2$b),
        .r(mul_d$2$r)
    );
    ntt_unit_b4$mul_d$3 mul_d$3(
        .clock(mul_d$3$clock),
        .dsa(mul_d$3$dsa),
        .a(mul_d$3$a),
        .b(mul_d$3$b),
        .r(mul_d$3$r)
    );
    ntt_unit_b4$fsm fsm(
        .d(fsm$d),
        .q(fsm$q),
        .clock(fsm$clock)
    );
    ntt_unit_b4$opc opc(
        .d(opc$d),
        .q(opc$q),
        .clock(opc$clock)
    );
    ntt_unit_b4$mode_r mode_r(
        .d(mode_r$d),
        .q(mode_r$q),
        .clock(mode_r$clock)
    );
    ntt_unit_b4$src_a_r src_a_r(
        .d(src_a_r$d),
        .q(src_a_r$q),
        .clock(src_a_r$clock)
    );
    ntt_unit_b4$src_b_r src_b_r(
        .d(src_b_r$d),
        .q(src_b_r$q),
        .clock(src_b_r$clock)
    );
    ntt_unit_b4$dst_r dst_r(
        .d(dst_r$d),
        .q(dst_r$q),
        .clock(dst_r$clock)
    );
    ntt_unit_b4$layer layer(
        .d(layer$d),
        .q(layer$q),
        .clock(layer$clock)
    );
    ntt_unit_b4$cnt cnt(
        .d(cnt$d),
        .q(cnt$q),
        .clock(cnt$clock)
    );
    ntt_unit_b4$sw sw(
        .d(sw$d),
        .q(sw$q),
        .clock(sw$clock)
    );
    ntt_unit_b4$vp vp(
        .d(vp$d),
        .q(vp$q),
        .clock(vp$clock)
    );
    ntt_unit_b4$red red(
        .d(red$d),
        .q(red$q),
        .clock(red$clock)
    );
    ntt_unit_b4$alarm alarm(
        .d(alarm$d),
        .q(alarm$q),
        .clock(alarm$clock)
    );
    ntt_unit_b4$inv_last_d inv_last_d(
        .d(inv_last_d$d),
        .q(inv_last_d$q),
        .clock(inv_last_d$clock)
    );
    ntt_unit_b4$first_d first_d(
        .d(first_d$d),
        .q(first_d$q),
        .clock(first_d$clock)
    );
    ntt_unit_b4$host_rd host_rd(
        .d(host_rd$d),
        .q(host_rd$q),
        .clock(host_rd$clock)
    );
    ntt_unit_b4$host_b0 host_b0(
        .d(host_b0$d),
        .q(host_b0$q),
        .clock(host_b0$clock)
    );
    ntt_unit_b4$host_b1 host_b1(
        .d(host_b1$d),
        .q(host_b1$q),
        .clock(host_b1$clock)
    );
    ntt_unit_b4$host_b2 host_b2(
        .d(host_b2$d),
        .q(host_b2$q),
        .clock(host_b2$clock)
    );
    ntt_unit_b4$host_b3 host_b3(
        .d(host_b3$d),
        .q(host_b3$q),
        .clock(host_b3$clock)
    );
    ntt_unit_b4$err err(
        .d(err$d),
        .q(err$q),
        .clock(err$clock)
    );
    ntt_unit_b4$code code(
        .d(code$d),
        .q(code$q),
        .clock(code$clock)
    );
    ntt_unit_b4$done_r done_r(
        .d(done_r$d),
        .q(done_r$q),
        .clock(done_r$clock)
    );
    ntt_unit_b4$jd$0 jd$0(
        .d(jd$0$d),
        .q(jd$0$q),
        .clock(jd$0$clock)
    );
    ntt_unit_b4$jd$1 jd$1(
        .d(jd$1$d),
        .q(jd$1$q),
        .clock(jd$1$clock)
    );
    ntt_unit_b4$jd$2 jd$2(
        .d(jd$2$d),
        .q(jd$2$q),
        .clock(jd$2$clock)
    );
    ntt_unit_b4$jd$3 jd$3(
        .d(jd$3$d),
        .q(jd$3$q),
        .clock(jd$3$clock)
    );
    ntt_unit_b4$jd$4 jd$4(
        .d(jd$4$d),
        .q(jd$4$q),
        .clock(jd$4$clock)
    );
    ntt_unit_b4$jd$5 jd$5(
        .d(jd$5$d),
        .q(jd$5$q),
        .clock(jd$5$clock)
    );
    ntt_unit_b4$jd$6 jd$6(
        .d(jd$6$d),
        .q(jd$6$q),
        .clock(jd$6$clock)
    );
    ntt_unit_b4$jd$7 jd$7(
        .d(jd$7$d),
        .q(jd$7$q),
        .clock(jd$7$clock)
    );
    ntt_unit_b4$jd$8 jd$8(
        .d(jd$8$d),
        .q(jd$8$q),
        .clock(jd$8$clock)
    );
    ntt_unit_b4$jd$9 jd$9(
        .d(jd$9$d),
        .q(jd$9$q),
        .clock(jd$9$clock)
    );
    ntt_unit_b4$jd$10 jd$10(
        .d(jd$10$d),
        .q(jd$10$q),
        .clock(jd$10$clock)
    );
    ntt_unit_b4$jd$11 jd$11(
        .d(jd$11$d),
        .q(jd$11$q),
        .clock(jd$11$clock)
    );
    ntt_unit_b4$jd$12 jd$12(
        .d(jd$12$d),
        .q(jd$12$q),
        .clock(jd$12$clock)
    );
    ntt_unit_b4$jd$13 jd$13(
        .d(jd$13$d),
        .q(jd$13$q),
        .clock(jd$13$clock)
    );
    ntt_unit_b4$jd$14 jd$14(
        .d(jd$14$d),
        .q(jd$14$q),
        .clock(jd$14$clock)
    );
    ntt_unit_b4$jd$15 jd$15(
        .d(jd$15$d),
        .q(jd$15$q),
        .clock(jd$15$clock)
    );
    ntt_unit_b4$jd$16 jd$16(
        .d(jd$16$d),
        .q(jd$16$q),
        .clock(jd$16$clock)
    );
    ntt_unit_b4$jd$17 jd$17(
        .d(jd$17$d),
        .q(jd$17$q),
        .clock(jd$17$clock)
    );
    ntt_unit_b4$jd$18 jd$18(
        .d(jd$18$d),
        .q(jd$18$q),
        .clock(jd$18$clock)
    );
    ntt_unit_b4$jd$19 jd$19(
        .d(jd$19$d),
        .q(jd$19$q),
        .clock(jd$19$clock)
    );
    ntt_unit_b4$jd$20 jd$20(
        .d(jd$20$d),
        .q(jd$20$q),
        .clock(jd$20$clock)
    );
    ntt_unit_b4$jd$21 jd$21(
        .d(jd$21$d),
        .q(jd$21$q),
        .clock(jd$21$clock)
    );
    ntt_unit_b4$jd$22 jd$22(
        .d(jd$22$d),
        .q(jd$22$q),
        .clock(jd$22$clock)
    );
    ntt_unit_b4$jd$23 jd$23(
        .d(jd$23$d),
        .q(jd$23$q),
        .clock(jd$23$clock)
    );
    ntt_unit_b4$jd$24 jd$24(
        .d(jd$24$d),
        .q(jd$24$q),
        .clock(jd$24$clock)
    );
    ntt_unit_b4$jd$25 jd$25(
        .d(jd$25$d),
        .q(jd$25$q),
        .clock(jd$25$clock)
    );
    ntt_unit_b4$jd$26 jd$26(
        .d(jd$26$d),
        .q(jd$26$q),
        .clock(jd$26$clock)
    );
    ntt_unit_b4$jd$27 jd$27(
        .d(jd$27$d),
        .q(jd$27$q),
        .clock(jd$27$clock)
    );
    ntt_unit_b4$jd$28 jd$28(
        .d(jd$28$d),
        .q(jd$28$q),
        .clock(jd$28$clock)
    );
    ntt_unit_b4$jd$29 jd$29(
        .d(jd$29$d),
        .q(jd$29$q),
        .clock(jd$29$clock)
    );
    ntt_unit_b4$jd$30 jd$30(
        .d(jd$30$d),
        .q(jd$30$q),
        .clock(jd$30$clock)
    );
    ntt_unit_b4$jd$31 jd$31(
        .d(jd$31$d),
        .q(jd$31$q),
        .clock(jd$31$clock)
    );
    ntt_unit_b4$jd$32 jd$32(
        .d(jd$32$d),
        .q(jd$32$q),
        .clock(jd$32$clock)
    );
    ntt_unit_b4$jd$33 jd$33(
        .d(jd$33$d),
        .q(jd$33$q),
        .clock(jd$33$clock)
    );
    ntt_unit_b4$jd$34 jd$34(
        .d(jd$34$d),
        .q(jd$34$q),
        .clock(jd$34$clock)
    );
    ntt_unit_b4$jd$35 jd$35(
        .d(jd$35$d),
        .q(jd$35$q),
        .clock(jd$35$clock)
    );
    ntt_unit_b4$jd$36 jd$36(
        .d(jd$36$d),
        .q(jd$36$q),
        .clock(jd$36$clock)
    );
    ntt_unit_b4$jd$37 jd$37(
        .d(jd$37$d),
        .q(jd$37$q),
        .clock(jd$37$clock)
    );
    ntt_unit_b4$jd$38 jd$38(
        .d(jd$38$d),
        .q(jd$38$q),
        .clock(jd$38$clock)
    );
    ntt_unit_b4$jd$39 jd$39(
        .d(jd$39$d),
        .q(jd$39$q),
        .clock(jd$39$clock)
    );
    ntt_unit_b4$jd$40 jd$40(
        .d(jd$40$d),
        .q(jd$40$q),
        .clock(jd$40$clock)
    );
    ntt_unit_b4$jd$41 jd$41(
        .d(jd$41$d),
        .q(jd$41$q),
        .clock(jd$41$clock)
    );
    ntt_unit_b4$jd$42 jd$42(
        .d(jd$42$d),
        .q(jd$42$q),
        .clock(jd$42$clock)
    );
    ntt_unit_b4$jd$43 jd$43(
        .d(jd$43$d),
        .q(jd$43$q),
        .clock(jd$43$clock)
    );
    ntt_unit_b4$kd$0 kd$0(
        .d(kd$0$d),
        .q(kd$0$q),
        .clock(kd$0$clock)
    );
    ntt_unit_b4$kd$1 kd$1(
        .d(kd$1$d),
        .q(kd$1$q),
        .clock(kd$1$clock)
    );
    ntt_unit_b4$kd$2 kd$2(
        .d(kd$2$d),
        .q(kd$2$q),
        .clock(kd$2$clock)
    );
    ntt_unit_b4$kd$3 kd$3(
        .d(kd$3$d),
        .q(kd$3$q),
        .clock(kd$3$clock)
    );
    ntt_unit_b4$kd$4 kd$4(
        .d(kd$4$d),
        .q(kd$4$q),
        .clock(kd$4$clock)
    );
    ntt_unit_b4$kd$5 kd$5(
        .d(kd$5$d),
        .q(kd$5$q),
        .clock(kd$5$clock)
    );
    ntt_unit_b4$kd$6 kd$6(
        .d(kd$6$d),
        .q(kd$6$q),
        .clock(kd$6$clock)
    );
    ntt_unit_b4$kd$7 kd$7(
        .d(kd$7$d),
        .q(kd$7$q),
        .clock(kd$7$clock)
    );
    ntt_unit_b4$kd$8 kd$8(
        .d(kd$8$d),
        .q(kd$8$q),
        .clock(kd$8$clock)
    );
    ntt_unit_b4$kd$9 kd$9(
        .d(kd$9$d),
        .q(kd$9$q),
        .clock(kd$9$clock)
    );
    ntt_unit_b4$kd$10 kd$10(
        .d(kd$10$d),
        .q(kd$10$q),
        .clock(kd$10$clock)
    );
    ntt_unit_b4$kd$11 kd$11(
        .d(kd$11$d),
        .q(kd$11$q),
        .clock(kd$11$clock)
    );
    ntt_unit_b4$kd$12 kd$12(
        .d(kd$12$d),
        .q(kd$12$q),
        .clock(kd$12$clock)
    );
    ntt_unit_b4$kd$13 kd$13(
        .d(kd$13$d),
        .q(kd$13$q),
        .clock(kd$13$clock)
    );
    ntt_unit_b4$kd$14 kd$14(
        .d(kd$14$d),
        .q(kd$14$q),
        .clock(kd$14$clock)
    );
    ntt_unit_b4$kd$15 kd$15(
        .d(kd$15$d),
        .q(kd$15$q),
        .clock(kd$15$clock)
    );
    ntt_unit_b4$kd$16 kd$16(
        .d(kd$16$d),
        .q(kd$16$q),
        .clock(kd$16$clock)
    );
    ntt_unit_b4$kd$17 kd$17(
        .d(kd$17$d),
        .q(kd$17$q),
        .clock(kd$17$clock)
    );
    ntt_unit_b4$kd$18 kd$18(
        .d(kd$18$d),
        .q(kd$18$q),
        .clock(kd$18$clock)
    );
    ntt_unit_b4$kd$19 kd$19(
        .d(kd$19$d),
        .q(kd$19$q),
        .clock(kd$19$clock)
    );
    ntt_unit_b4$kd$20 kd$20(
        .d(kd$20$d),
        .q(kd$20$q),
        .clock(kd$20$clock)
    );
    ntt_unit_b4$kd$21 kd$21(
        .d(kd$21$d),
        .q(kd$21$q),
        .clock(kd$21$clock)
    );
    ntt_unit_b4$kd$22 kd$22(
        .d(kd$22$d),
        .q(kd$22$q),
        .clock(kd$22$clock)
    );
    ntt_unit_b4$kd$23 kd$23(
        .d(kd$23$d),
        .q(kd$23$q),
        .clock(kd$23$clock)
    );
    ntt_unit_b4$kd$24 kd$24(
        .d(kd$24$d),
        .q(kd$24$q),
        .clock(kd$24$clock)
    );
    ntt_unit_b4$kd$25 kd$25(
        .d(kd$25$d),
        .q(kd$25$q),
        .clock(kd$25$clock)
    );
    ntt_unit_b4$kd$26 kd$26(
        .d(kd$26$d),
        .q(kd$26$q),
        .clock(kd$26$clock)
    );
    ntt_unit_b4$kd$27 kd$27(
        .d(kd$27$d),
        .q(kd$27$q),
        .clock(kd$27$clock)
    );
    ntt_unit_b4$kd$28 kd$28(
        .d(kd$28$d),
        .q(kd$28$q),
        .clock(kd$28$clock)
    );
    ntt_unit_b4$kd$29 kd$29(
        .d(kd$29$d),
        .q(kd$29$q),
        .clock(kd$29$clock)
    );
    ntt_unit_b4$kd$30 kd$30(
        .d(kd$30$d),
        .q(kd$30$q),
        .clock(kd$30$clock)
    );
    ntt_unit_b4$kd$31 kd$31(
        .d(kd$31$d),
        .q(kd$31$q),
        .clock(kd$31$clock)
    );
    ntt_unit_b4$kd$32 kd$32(
        .d(kd$32$d),
        .q(kd$32$q),
        .clock(kd$32$clock)
    );
    ntt_unit_b4$kd$33 kd$33(
        .d(kd$33$d),
        .q(kd$33$q),
        .clock(kd$33$clock)
    );
    ntt_unit_b4$kd$34 kd$34(
        .d(kd$34$d),
        .q(kd$34$q),
        .clock(kd$34$clock)
    );
    ntt_unit_b4$kd$35 kd$35(
        .d(kd$35$d),
        .q(kd$35$q),
        .clock(kd$35$clock)
    );
    ntt_unit_b4$kd$36 kd$36(
        .d(kd$36$d),
        .q(kd$36$q),
        .clock(kd$36$clock)
    );
    ntt_unit_b4$kd$37 kd$37(
        .d(kd$37$d),
        .q(kd$37$q),
        .clock(kd$37$clock)
    );
    ntt_unit_b4$kd$38 kd$38(
        .d(kd$38$d),
        .q(kd$38$q),
        .clock(kd$38$clock)
    );
    ntt_unit_b4$kd$39 kd$39(
        .d(kd$39$d),
        .q(kd$39$q),
        .clock(kd$39$clock)
    );
    ntt_unit_b4$kd$40 kd$40(
        .d(kd$40$d),
        .q(kd$40$q),
        .clock(kd$40$clock)
    );
    ntt_unit_b4$kd$41 kd$41(
        .d(kd$41$d),
        .q(kd$41$q),
        .clock(kd$41$clock)
    );
    ntt_unit_b4$kd$42 kd$42(
        .d(kd$42$d),
        .q(kd$42$q),
        .clock(kd$42$clock)
    );
    ntt_unit_b4$kd$43 kd$43(
        .d(kd$43$d),
        .q(kd$43$q),
        .clock(kd$43$clock)
    );
    ntt_unit_b4$jbd$0 jbd$0(
        .d(jbd$0$d),
        .q(jbd$0$q),
        .clock(jbd$0$clock)
    );
    ntt_unit_b4$jbd$1 jbd$1(
        .d(jbd$1$d),
        .q(jbd$1$q),
        .clock(jbd$1$clock)
    );
    ntt_unit_b4$jbd$2 jbd$2(
        .d(jbd$2$d),
        .q(jbd$2$q),
        .clock(jbd$2$clock)
    );
    ntt_unit_b4$jbd$3 jbd$3(
        .d(jbd$3$d),
        .q(jbd$3$q),
        .clock(jbd$3$clock)
    );
    ntt_unit_b4$kbd$0 kbd$0(
        .d(kbd$0$d),
        .q(kbd$0$q),
        .clock(kbd$0$clock)
    );
    ntt_unit_b4$kbd$1 kbd$1(
        .d(kbd$1$d),
        .q(kbd$1$q),
        .clock(kbd$1$clock)
    );
    ntt_unit_b4$kbd$2 kbd$2(
        .d(kbd$2$d),
        .q(kbd$2$q),
        .clock(kbd$2$clock)
    );
    ntt_unit_b4$kbd$3 kbd$3(
        .d(kbd$3$d),
        .q(kbd$3$q),
        .clock(kbd$3$clock)
    );
    ntt_unit_b4$gd$0 gd$0(
        .d(gd$0$d),
        .q(gd$0$q),
        .clock(gd$0$clock)
    );
    ntt_unit_b4$gd$1 gd$1(
        .d(gd$1$d),
        .q(gd$1$q),
        .clock(gd$1$clock)
    );
    ntt_unit_b4$gd$2 gd$2(
        .d(gd$2$d),
        .q(gd$2$q),
        .clock(gd$2$clock)
    );
    ntt_unit_b4$gd$3 gd$3(
        .d(gd$3$d),
        .q(gd$3$q),
        .clock(gd$3$clock)
    );
    ntt_unit_b4$gd$4 gd$4(
        .d(gd$4$d),
        .q(gd$4$q),
        .clock(gd$4$clock)
    );
    ntt_unit_b4$gd$5 gd$5(
        .d(gd$5$d),
        .q(gd$5$q),
        .clock(gd$5$clock)
    );
    ntt_unit_b4$gd$6 gd$6(
        .d(gd$6$d),
        .q(gd$6$q),
        .clock(gd$6$clock)
    );
    ntt_unit_b4$gd$7 gd$7(
        .d(gd$7$d),
        .q(gd$7$q),
        .clock(gd$7$clock)
    );
    ntt_unit_b4$gd$8 gd$8(
        .d(gd$8$d),
        .q(gd$8$q),
        .clock(gd$8$clock)
    );
    ntt_unit_b4$gd$9 gd$9(
        .d(gd$9$d),
        .q(gd$9$q),
        .clock(gd$9$clock)
    );
    ntt_unit_b4$gd$10 gd$10(
        .d(gd$10$d),
        .q(gd$10$q),
        .clock(gd$10$clock)
    );
    ntt_unit_b4$gd$11 gd$11(
        .d(gd$11$d),
        .q(gd$11$q),
        .clock(gd$11$clock)
    );
    ntt_unit_b4$gd$12 gd$12(
        .d(gd$12$d),
        .q(gd$12$q),
        .clock(gd$12$clock)
    );
    ntt_unit_b4$gd$13 gd$13(
        .d(gd$13$d),
        .q(gd$13$q),
        .clock(gd$13$clock)
    );
    ntt_unit_b4$gd$14 gd$14(
        .d(gd$14$d),
        .q(gd$14$q),
        .clock(gd$14$clock)
    );
    ntt_unit_b4$gd$15 gd$15(
        .d(gd$15$d),
        .q(gd$15$q),
        .clock(gd$15$clock)
    );
    ntt_unit_b4$gd$16 gd$16(
        .d(gd$16$d),
        .q(gd$16$q),
        .clock(gd$16$clock)
    );
    ntt_unit_b4$gd$17 gd$17(
        .d(gd$17$d),
        .q(gd$17$q),
        .clock(gd$17$clock)
    );
    ntt_unit_b4$gd$18 gd$18(
        .d(gd$18$d),
        .q(gd$18$q),
        .clock(gd$18$clock)
    );
    ntt_unit_b4$gd$19 gd$19(
        .d(gd$19$d),
        .q(gd$19$q),
        .clock(gd$19$clock)
    );
    ntt_unit_b4$x1d$0 x1d$0(
        .d(x1d$0$d),
        .q(x1d$0$q),
        .clock(x1d$0$clock)
    );
    ntt_unit_b4$x1d$1 x1d$1(
        .d(x1d$1$d),
        .q(x1d$1$q),
        .clock(x1d$1$clock)
    );
    ntt_unit_b4$x1d$2 x1d$2(
        .d(x1d$2$d),
        .q(x1d$2$q),
        .clock(x1d$2$clock)
    );
    ntt_unit_b4$x1d$3 x1d$3(
        .d(x1d$3$d),
        .q(x1d$3$q),
        .clock(x1d$3$clock)
    );
    ntt_unit_b4$x1d$4 x1d$4(
        .d(x1d$4$d),
        .q(x1d$4$q),
        .clock(x1d$4$clock)
    );
    ntt_unit_b4$x1d$5 x1d$5(
        .d(x1d$5$d),
        .q(x1d$5$q),
        .clock(x1d$5$clock)
    );
    ntt_unit_b4$x1d$6 x1d$6(
        .d(x1d$6$d),
        .q(x1d$6$q),
        .clock(x1d$6$clock)
    );
    ntt_unit_b4$x1d$7 x1d$7(
        .d(x1d$7$d),
        .q(x1d$7$q),
        .clock(x1d$7$clock)
    );
    ntt_unit_b4$x1d$8 x1d$8(
        .d(x1d$8$d),
        .q(x1d$8$q),
        .clock(x1d$8$clock)
    );
    ntt_unit_b4$x1d$9 x1d$9(
        .d(x1d$9$d),
        .q(x1d$9$q),
        .clock(x1d$9$clock)
    );
    ntt_unit_b4$x1d$10 x1d$10(
        .d(x1d$10$d),
        .q(x1d$10$q),
        .clock(x1d$10$clock)
    );
    ntt_unit_b4$x1d$11 x1d$11(
        .d(x1d$11$d),
        .q(x1d$11$q),
        .clock(x1d$11$clock)
    );
    ntt_unit_b4$x1d$12 x1d$12(
        .d(x1d$12$d),
        .q(x1d$12$q),
        .clock(x1d$12$clock)
    );
    ntt_unit_b4$x1d$13 x1d$13(
        .d(x1d$13$d),
        .q(x1d$13$q),
        .clock(x1d$13$clock)
    );
    ntt_unit_b4$x1d$14 x1d$14(
        .d(x1d$14$d),
        .q(x1d$14$q),
        .clock(x1d$14$clock)
    );
    ntt_unit_b4$x1d$15 x1d$15(
        .d(x1d$15$d),
        .q(x1d$15$q),
        .clock(x1d$15$clock)
    );
    ntt_unit_b4$x1d$16 x1d$16(
        .d(x1d$16$d),
        .q(x1d$16$q),
        .clock(x1d$16$clock)
    );
    ntt_unit_b4$x1d$17 x1d$17(
        .d(x1d$17$d),
        .q(x1d$17$q),
        .clock(x1d$17$clock)
    );
    ntt_unit_b4$x1d$18 x1d$18(
        .d(x1d$18$d),
        .q(x1d$18$q),
        .clock(x1d$18$clock)
    );
    ntt_unit_b4$x1d$19 x1d$19(
        .d(x1d$19$d),
        .q(x1d$19$q),
        .clock(x1d$19$clock)
    );
    ntt_unit_b4$y1d$0 y1d$0(
        .d(y1d$0$d),
        .q(y1d$0$q),
        .clock(y1d$0$clock)
    );
    ntt_unit_b4$y1d$1 y1d$1(
        .d(y1d$1$d),
        .q(y1d$1$q),
        .clock(y1d$1$clock)
    );
    ntt_unit_b4$y1d$2 y1d$2(
        .d(y1d$2$d),
        .q(y1d$2$q),
        .clock(y1d$2$clock)
    );
    ntt_unit_b4$y1d$3 y1d$3(
        .d(y1d$3$d),
        .q(y1d$3$q),
        .clock(y1d$3$clock)
    );
    ntt_unit_b4$y1d$4 y1d$4(
        .d(y1d$4$d),
        .q(y1d$4$q),
        .clock(y1d$4$clock)
    );
    ntt_unit_b4$y1d$5 y1d$5(
        .d(y1d$5$d),
        .q(y1d$5$q),
        .clock(y1d$5$clock)
    );
    ntt_unit_b4$y1d$6 y1d$6(
        .d(y1d$6$d),
        .q(y1d$6$q),
        .clock(y1d$6$clock)
    );
    ntt_unit_b4$y1d$7 y1d$7(
        .d(y1d$7$d),
        .q(y1d$7$q),
        .clock(y1d$7$clock)
    );
    ntt_unit_b4$y1d$8 y1d$8(
        .d(y1d$8$d),
        .q(y1d$8$q),
        .clock(y1d$8$clock)
    );
    ntt_unit_b4$y1d$9 y1d$9(
        .d(y1d$9$d),
        .q(y1d$9$q),
        .clock(y1d$9$clock)
    );
    ntt_unit_b4$y1d$10 y1d$10(
        .d(y1d$10$d),
        .q(y1d$10$q),
        .clock(y1d$10$clock)
    );
    ntt_unit_b4$y1d$11 y1d$11(
        .d(y1d$11$d),
        .q(y1d$11$q),
        .clock(y1d$11$clock)
    );
    ntt_unit_b4$y1d$12 y1d$12(
        .d(y1d$12$d),
        .q(y1d$12$q),
        .clock(y1d$12$clock)
    );
    ntt_unit_b4$y1d$13 y1d$13(
        .d(y1d$13$d),
        .q(y1d$13$q),
        .clock(y1d$13$clock)
    );
    ntt_unit_b4$y1d$14 y1d$14(
        .d(y1d$14$d),
        .q(y1d$14$q),
        .clock(y1d$14$clock)
    );
    ntt_unit_b4$y1d$15 y1d$15(
        .d(y1d$15$d),
        .q(y1d$15$q),
        .clock(y1d$15$clock)
    );
    ntt_unit_b4$y1d$16 y1d$16(
        .d(y1d$16$d),
        .q(y1d$16$q),
        .clock(y1d$16$clock)
    );
    ntt_unit_b4$y1d$17 y1d$17(
        .d(y1d$17$d),
        .q(y1d$17$q),
        .clock(y1d$17$clock)
    );
    ntt_unit_b4$y1d$18 y1d$18(
        .d(y1d$18$d),
        .q(y1d$18$q),
        .clock(y1d$18$clock)
    );
    ntt_unit_b4$y1d$19 y1d$19(
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
    
endmodule // ntt_unit_b4


module ntt_unit_b4$alarm(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$alarm


module ntt_unit_b4$cnt(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$cnt


module ntt_unit_b4$code(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$code


module ntt_unit_b4$done_r(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$done_r


module ntt_unit_b4$dst_r(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$dst_r


module ntt_unit_b4$err(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$err


module ntt_unit_b4$first_d(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$first_d


module ntt_unit_b4$fsm(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$fsm


module ntt_unit_b4$gd$0(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$gd$0


module ntt_unit_b4$gd$1(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$gd$1


module ntt_unit_b4$gd$10(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$gd$10


module ntt_unit_b4$gd$11(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$gd$11


module ntt_unit_b4$gd$12(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$gd$12


module ntt_unit_b4$gd$13(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$gd$13


module ntt_unit_b4$gd$14(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$gd$14


module ntt_unit_b4$gd$15(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$gd$15


module ntt_unit_b4$gd$16(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$gd$16


module ntt_unit_b4$gd$17(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$gd$17


module ntt_unit_b4$gd$18(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$gd$18


module ntt_unit_b4$gd$19(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$gd$19


module ntt_unit_b4$gd$2(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$gd$2


module ntt_unit_b4$gd$3(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$gd$3


module ntt_unit_b4$gd$4(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$gd$4


module ntt_unit_b4$gd$5(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$gd$5


module ntt_unit_b4$gd$6(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$gd$6


module ntt_unit_b4$gd$7(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$gd$7


module ntt_unit_b4$gd$8(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$gd$8


module ntt_unit_b4$gd$9(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$gd$9


module ntt_unit_b4$host_b0(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$host_b0


module ntt_unit_b4$host_b1(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$host_b1


module ntt_unit_b4$host_b2(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$host_b2


module ntt_unit_b4$host_b3(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$host_b3


module ntt_unit_b4$host_rd(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$host_rd


module ntt_unit_b4$inv_last_d(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$inv_last_d


module ntt_unit_b4$jbd$0(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$jbd$0


module ntt_unit_b4$jbd$1(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$jbd$1


module ntt_unit_b4$jbd$2(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$jbd$2


module ntt_unit_b4$jbd$3(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$jbd$3


module ntt_unit_b4$jd$0(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$jd$0


module ntt_unit_b4$jd$1(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$jd$1


module ntt_unit_b4$jd$10(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$jd$10


module ntt_unit_b4$jd$11(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$jd$11


module ntt_unit_b4$jd$12(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$jd$12


module ntt_unit_b4$jd$13(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$jd$13


module ntt_unit_b4$jd$14(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$jd$14


module ntt_unit_b4$jd$15(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$jd$15


module ntt_unit_b4$jd$16(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$jd$16


module ntt_unit_b4$jd$17(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$jd$17


module ntt_unit_b4$jd$18(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$jd$18


module ntt_unit_b4$jd$19(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$jd$19


module ntt_unit_b4$jd$2(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$jd$2


module ntt_unit_b4$jd$20(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$jd$20


module ntt_unit_b4$jd$21(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$jd$21


module ntt_unit_b4$jd$22(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$jd$22


module ntt_unit_b4$jd$23(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$jd$23


module ntt_unit_b4$jd$24(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$jd$24


module ntt_unit_b4$jd$25(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$jd$25


module ntt_unit_b4$jd$26(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$jd$26


module ntt_unit_b4$jd$27(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$jd$27


module ntt_unit_b4$jd$28(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$jd$28


module ntt_unit_b4$jd$29(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$jd$29


module ntt_unit_b4$jd$3(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$jd$3


module ntt_unit_b4$jd$30(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$jd$30


module ntt_unit_b4$jd$31(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$jd$31


module ntt_unit_b4$jd$32(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$jd$32


module ntt_unit_b4$jd$33(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$jd$33


module ntt_unit_b4$jd$34(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$jd$34


module ntt_unit_b4$jd$35(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$jd$35


module ntt_unit_b4$jd$36(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$jd$36


module ntt_unit_b4$jd$37(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$jd$37


module ntt_unit_b4$jd$38(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$jd$38


module ntt_unit_b4$jd$39(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$jd$39


module ntt_unit_b4$jd$4(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$jd$4


module ntt_unit_b4$jd$40(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$jd$40


module ntt_unit_b4$jd$41(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$jd$41


module ntt_unit_b4$jd$42(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$jd$42


module ntt_unit_b4$jd$43(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$jd$43


module ntt_unit_b4$jd$5(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$jd$5


module ntt_unit_b4$jd$6(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$jd$6


module ntt_unit_b4$jd$7(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$jd$7


module ntt_unit_b4$jd$8(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$jd$8


module ntt_unit_b4$jd$9(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$jd$9


module ntt_unit_b4$kbd$0(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$kbd$0


module ntt_unit_b4$kbd$1(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$kbd$1


module ntt_unit_b4$kbd$2(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$kbd$2


module ntt_unit_b4$kbd$3(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$kbd$3


module ntt_unit_b4$kd$0(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$kd$0


module ntt_unit_b4$kd$1(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$kd$1


module ntt_unit_b4$kd$10(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$kd$10


module ntt_unit_b4$kd$11(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$kd$11


module ntt_unit_b4$kd$12(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$kd$12


module ntt_unit_b4$kd$13(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$kd$13


module ntt_unit_b4$kd$14(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$kd$14


module ntt_unit_b4$kd$15(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$kd$15


module ntt_unit_b4$kd$16(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$kd$16


module ntt_unit_b4$kd$17(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$kd$17


module ntt_unit_b4$kd$18(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$kd$18


module ntt_unit_b4$kd$19(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$kd$19


module ntt_unit_b4$kd$2(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$kd$2


module ntt_unit_b4$kd$20(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$kd$20


module ntt_unit_b4$kd$21(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$kd$21


module ntt_unit_b4$kd$22(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$kd$22


module ntt_unit_b4$kd$23(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$kd$23


module ntt_unit_b4$kd$24(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$kd$24


module ntt_unit_b4$kd$25(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$kd$25


module ntt_unit_b4$kd$26(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$kd$26


module ntt_unit_b4$kd$27(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$kd$27


module ntt_unit_b4$kd$28(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$kd$28


module ntt_unit_b4$kd$29(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$kd$29


module ntt_unit_b4$kd$3(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$kd$3


module ntt_unit_b4$kd$30(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$kd$30


module ntt_unit_b4$kd$31(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$kd$31


module ntt_unit_b4$kd$32(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$kd$32


module ntt_unit_b4$kd$33(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$kd$33


module ntt_unit_b4$kd$34(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$kd$34


module ntt_unit_b4$kd$35(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$kd$35


module ntt_unit_b4$kd$36(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$kd$36


module ntt_unit_b4$kd$37(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$kd$37


module ntt_unit_b4$kd$38(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$kd$38


module ntt_unit_b4$kd$39(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$kd$39


module ntt_unit_b4$kd$4(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$kd$4


module ntt_unit_b4$kd$40(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$kd$40


module ntt_unit_b4$kd$41(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$kd$41


module ntt_unit_b4$kd$42(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$kd$42


module ntt_unit_b4$kd$43(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$kd$43


module ntt_unit_b4$kd$5(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$kd$5


module ntt_unit_b4$kd$6(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$kd$6


module ntt_unit_b4$kd$7(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$kd$7


module ntt_unit_b4$kd$8(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$kd$8


module ntt_unit_b4$kd$9(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$kd$9


module ntt_unit_b4$layer(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$layer


module ntt_unit_b4$mode_r(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mode_r


module ntt_unit_b4$mul_a$0(clock,dsa,a,b,r);
    
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
    ntt_unit_b4$mul_a$0$ra ra(
        .d(ra$d),
        .q(ra$q),
        .clock(ra$clock)
    );
    ntt_unit_b4$mul_a$0$rb rb(
        .d(rb$d),
        .q(rb$q),
        .clock(rb$clock)
    );
    ntt_unit_b4$mul_a$0$pll pll(
        .d(pll$d),
        .q(pll$q),
        .clock(pll$clock)
    );
    ntt_unit_b4$mul_a$0$plh plh(
        .d(plh$d),
        .q(plh$q),
        .clock(plh$clock)
    );
    ntt_unit_b4$mul_a$0$phl phl(
        .d(phl$d),
        .q(phl$q),
        .clock(phl$clock)
    );
    ntt_unit_b4$mul_a$0$phh phh(
        .d(phh$d),
        .q(phh$q),
        .clock(phh$clock)
    );
    ntt_unit_b4$mul_a$0$p3 p3(
        .d(p3$d),
        .q(p3$q),
        .clock(p3$clock)
    );
    ntt_unit_b4$mul_a$0$bll bll(
        .d(bll$d),
        .q(bll$q),
        .clock(bll$clock)
    );
    ntt_unit_b4$mul_a$0$blh blh(
        .d(blh$d),
        .q(blh$q),
        .clock(blh$clock)
    );
    ntt_unit_b4$mul_a$0$bhl bhl(
        .d(bhl$d),
        .q(bhl$q),
        .clock(bhl$clock)
    );
    ntt_unit_b4$mul_a$0$bhh bhh(
        .d(bhh$d),
        .q(bhh$q),
        .clock(bhh$clock)
    );
    ntt_unit_b4$mul_a$0$p4 p4(
        .d(p4$d),
        .q(p4$q),
        .clock(p4$clock)
    );
    ntt_unit_b4$mul_a$0$res res(
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
    
endmodule // ntt_unit_b4$mul_a$0


module ntt_unit_b4$mul_a$0$bhh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_a$0$bhh


module ntt_unit_b4$mul_a$0$bhl(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_a$0$bhl


module ntt_unit_b4$mul_a$0$blh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_a$0$blh


module ntt_unit_b4$mul_a$0$bll(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_a$0$bll


module ntt_unit_b4$mul_a$0$p3(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_a$0$p3


module ntt_unit_b4$mul_a$0$p4(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_a$0$p4


module ntt_unit_b4$mul_a$0$phh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_a$0$phh


module ntt_unit_b4$mul_a$0$phl(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_a$0$phl


module ntt_unit_b4$mul_a$0$plh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_a$0$plh


module ntt_unit_b4$mul_a$0$pll(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_a$0$pll


module ntt_unit_b4$mul_a$0$ra(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_a$0$ra


module ntt_unit_b4$mul_a$0$rb(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_a$0$rb


module ntt_unit_b4$mul_a$0$res(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_a$0$res


module ntt_unit_b4$mul_a$1(clock,dsa,a,b,r);
    
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
    ntt_unit_b4$mul_a$1$ra ra(
        .d(ra$d),
        .q(ra$q),
        .clock(ra$clock)
    );
    ntt_unit_b4$mul_a$1$rb rb(
        .d(rb$d),
        .q(rb$q),
        .clock(rb$clock)
    );
    ntt_unit_b4$mul_a$1$pll pll(
        .d(pll$d),
        .q(pll$q),
        .clock(pll$clock)
    );
    ntt_unit_b4$mul_a$1$plh plh(
        .d(plh$d),
        .q(plh$q),
        .clock(plh$clock)
    );
    ntt_unit_b4$mul_a$1$phl phl(
        .d(phl$d),
        .q(phl$q),
        .clock(phl$clock)
    );
    ntt_unit_b4$mul_a$1$phh phh(
        .d(phh$d),
        .q(phh$q),
        .clock(phh$clock)
    );
    ntt_unit_b4$mul_a$1$p3 p3(
        .d(p3$d),
        .q(p3$q),
        .clock(p3$clock)
    );
    ntt_unit_b4$mul_a$1$bll bll(
        .d(bll$d),
        .q(bll$q),
        .clock(bll$clock)
    );
    ntt_unit_b4$mul_a$1$blh blh(
        .d(blh$d),
        .q(blh$q),
        .clock(blh$clock)
    );
    ntt_unit_b4$mul_a$1$bhl bhl(
        .d(bhl$d),
        .q(bhl$q),
        .clock(bhl$clock)
    );
    ntt_unit_b4$mul_a$1$bhh bhh(
        .d(bhh$d),
        .q(bhh$q),
        .clock(bhh$clock)
    );
    ntt_unit_b4$mul_a$1$p4 p4(
        .d(p4$d),
        .q(p4$q),
        .clock(p4$clock)
    );
    ntt_unit_b4$mul_a$1$res res(
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
    
endmodule // ntt_unit_b4$mul_a$1


module ntt_unit_b4$mul_a$1$bhh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_a$1$bhh


module ntt_unit_b4$mul_a$1$bhl(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_a$1$bhl


module ntt_unit_b4$mul_a$1$blh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_a$1$blh


module ntt_unit_b4$mul_a$1$bll(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_a$1$bll


module ntt_unit_b4$mul_a$1$p3(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_a$1$p3


module ntt_unit_b4$mul_a$1$p4(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_a$1$p4


module ntt_unit_b4$mul_a$1$phh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_a$1$phh


module ntt_unit_b4$mul_a$1$phl(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_a$1$phl


module ntt_unit_b4$mul_a$1$plh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_a$1$plh


module ntt_unit_b4$mul_a$1$pll(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_a$1$pll


module ntt_unit_b4$mul_a$1$ra(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_a$1$ra


module ntt_unit_b4$mul_a$1$rb(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_a$1$rb


module ntt_unit_b4$mul_a$1$res(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_a$1$res


module ntt_unit_b4$mul_a$2(clock,dsa,a,b,r);
    
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
    ntt_unit_b4$mul_a$2$ra ra(
        .d(ra$d),
        .q(ra$q),
        .clock(ra$clock)
    );
    ntt_unit_b4$mul_a$2$rb rb(
        .d(rb$d),
        .q(rb$q),
        .clock(rb$clock)
    );
    ntt_unit_b4$mul_a$2$pll pll(
        .d(pll$d),
        .q(pll$q),
        .clock(pll$clock)
    );
    ntt_unit_b4$mul_a$2$plh plh(
        .d(plh$d),
        .q(plh$q),
        .clock(plh$clock)
    );
    ntt_unit_b4$mul_a$2$phl phl(
        .d(phl$d),
        .q(phl$q),
        .clock(phl$clock)
    );
    ntt_unit_b4$mul_a$2$phh phh(
        .d(phh$d),
        .q(phh$q),
        .clock(phh$clock)
    );
    ntt_unit_b4$mul_a$2$p3 p3(
        .d(p3$d),
        .q(p3$q),
        .clock(p3$clock)
    );
    ntt_unit_b4$mul_a$2$bll bll(
        .d(bll$d),
        .q(bll$q),
        .clock(bll$clock)
    );
    ntt_unit_b4$mul_a$2$blh blh(
        .d(blh$d),
        .q(blh$q),
        .clock(blh$clock)
    );
    ntt_unit_b4$mul_a$2$bhl bhl(
        .d(bhl$d),
        .q(bhl$q),
        .clock(bhl$clock)
    );
    ntt_unit_b4$mul_a$2$bhh bhh(
        .d(bhh$d),
        .q(bhh$q),
        .clock(bhh$clock)
    );
    ntt_unit_b4$mul_a$2$p4 p4(
        .d(p4$d),
        .q(p4$q),
        .clock(p4$clock)
    );
    ntt_unit_b4$mul_a$2$res res(
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
    
endmodule // ntt_unit_b4$mul_a$2


module ntt_unit_b4$mul_a$2$bhh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_a$2$bhh


module ntt_unit_b4$mul_a$2$bhl(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_a$2$bhl


module ntt_unit_b4$mul_a$2$blh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_a$2$blh


module ntt_unit_b4$mul_a$2$bll(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_a$2$bll


module ntt_unit_b4$mul_a$2$p3(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_a$2$p3


module ntt_unit_b4$mul_a$2$p4(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_a$2$p4


module ntt_unit_b4$mul_a$2$phh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_a$2$phh


module ntt_unit_b4$mul_a$2$phl(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_a$2$phl


module ntt_unit_b4$mul_a$2$plh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_a$2$plh


module ntt_unit_b4$mul_a$2$pll(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_a$2$pll


module ntt_unit_b4$mul_a$2$ra(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_a$2$ra


module ntt_unit_b4$mul_a$2$rb(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_a$2$rb


module ntt_unit_b4$mul_a$2$res(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_a$2$res


module ntt_unit_b4$mul_a$3(clock,dsa,a,b,r);
    
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
    ntt_unit_b4$mul_a$3$ra ra(
        .d(ra$d),
        .q(ra$q),
        .clock(ra$clock)
    );
    ntt_unit_b4$mul_a$3$rb rb(
        .d(rb$d),
        .q(rb$q),
        .clock(rb$clock)
    );
    ntt_unit_b4$mul_a$3$pll pll(
        .d(pll$d),
        .q(pll$q),
        .clock(pll$clock)
    );
    ntt_unit_b4$mul_a$3$plh plh(
        .d(plh$d),
        .q(plh$q),
        .clock(plh$clock)
    );
    ntt_unit_b4$mul_a$3$phl phl(
        .d(phl$d),
        .q(phl$q),
        .clock(phl$clock)
    );
    ntt_unit_b4$mul_a$3$phh phh(
        .d(phh$d),
        .q(phh$q),
        .clock(phh$clock)
    );
    ntt_unit_b4$mul_a$3$p3 p3(
        .d(p3$d),
        .q(p3$q),
        .clock(p3$clock)
    );
    ntt_unit_b4$mul_a$3$bll bll(
        .d(bll$d),
        .q(bll$q),
        .clock(bll$clock)
    );
    ntt_unit_b4$mul_a$3$blh blh(
        .d(blh$d),
        .q(blh$q),
        .clock(blh$clock)
    );
    ntt_unit_b4$mul_a$3$bhl bhl(
        .d(bhl$d),
        .q(bhl$q),
        .clock(bhl$clock)
    );
    ntt_unit_b4$mul_a$3$bhh bhh(
        .d(bhh$d),
        .q(bhh$q),
        .clock(bhh$clock)
    );
    ntt_unit_b4$mul_a$3$p4 p4(
        .d(p4$d),
        .q(p4$q),
        .clock(p4$clock)
    );
    ntt_unit_b4$mul_a$3$res res(
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
    
endmodule // ntt_unit_b4$mul_a$3


module ntt_unit_b4$mul_a$3$bhh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_a$3$bhh


module ntt_unit_b4$mul_a$3$bhl(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_a$3$bhl


module ntt_unit_b4$mul_a$3$blh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_a$3$blh


module ntt_unit_b4$mul_a$3$bll(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_a$3$bll


module ntt_unit_b4$mul_a$3$p3(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_a$3$p3


module ntt_unit_b4$mul_a$3$p4(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_a$3$p4


module ntt_unit_b4$mul_a$3$phh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_a$3$phh


module ntt_unit_b4$mul_a$3$phl(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_a$3$phl


module ntt_unit_b4$mul_a$3$plh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_a$3$plh


module ntt_unit_b4$mul_a$3$pll(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_a$3$pll


module ntt_unit_b4$mul_a$3$ra(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_a$3$ra


module ntt_unit_b4$mul_a$3$rb(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_a$3$rb


module ntt_unit_b4$mul_a$3$res(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_a$3$res


module ntt_unit_b4$mul_b$0(clock,dsa,a,b,r);
    
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
    ntt_unit_b4$mul_b$0$ra ra(
        .d(ra$d),
        .q(ra$q),
        .clock(ra$clock)
    );
    ntt_unit_b4$mul_b$0$rb rb(
        .d(rb$d),
        .q(rb$q),
        .clock(rb$clock)
    );
    ntt_unit_b4$mul_b$0$pll pll(
        .d(pll$d),
        .q(pll$q),
        .clock(pll$clock)
    );
    ntt_unit_b4$mul_b$0$plh plh(
        .d(plh$d),
        .q(plh$q),
        .clock(plh$clock)
    );
    ntt_unit_b4$mul_b$0$phl phl(
        .d(phl$d),
        .q(phl$q),
        .clock(phl$clock)
    );
    ntt_unit_b4$mul_b$0$phh phh(
        .d(phh$d),
        .q(phh$q),
        .clock(phh$clock)
    );
    ntt_unit_b4$mul_b$0$p3 p3(
        .d(p3$d),
        .q(p3$q),
        .clock(p3$clock)
    );
    ntt_unit_b4$mul_b$0$bll bll(
        .d(bll$d),
        .q(bll$q),
        .clock(bll$clock)
    );
    ntt_unit_b4$mul_b$0$blh blh(
        .d(blh$d),
        .q(blh$q),
        .clock(blh$clock)
    );
    ntt_unit_b4$mul_b$0$bhl bhl(
        .d(bhl$d),
        .q(bhl$q),
        .clock(bhl$clock)
    );
    ntt_unit_b4$mul_b$0$bhh bhh(
        .d(bhh$d),
        .q(bhh$q),
        .clock(bhh$clock)
    );
    ntt_unit_b4$mul_b$0$p4 p4(
        .d(p4$d),
        .q(p4$q),
        .clock(p4$clock)
    );
    ntt_unit_b4$mul_b$0$res res(
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
    
endmodule // ntt_unit_b4$mul_b$0


module ntt_unit_b4$mul_b$0$bhh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_b$0$bhh


module ntt_unit_b4$mul_b$0$bhl(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_b$0$bhl


module ntt_unit_b4$mul_b$0$blh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_b$0$blh


module ntt_unit_b4$mul_b$0$bll(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_b$0$bll


module ntt_unit_b4$mul_b$0$p3(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_b$0$p3


module ntt_unit_b4$mul_b$0$p4(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_b$0$p4


module ntt_unit_b4$mul_b$0$phh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_b$0$phh


module ntt_unit_b4$mul_b$0$phl(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_b$0$phl


module ntt_unit_b4$mul_b$0$plh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_b$0$plh


module ntt_unit_b4$mul_b$0$pll(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_b$0$pll


module ntt_unit_b4$mul_b$0$ra(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_b$0$ra


module ntt_unit_b4$mul_b$0$rb(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_b$0$rb


module ntt_unit_b4$mul_b$0$res(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_b$0$res


module ntt_unit_b4$mul_b$1(clock,dsa,a,b,r);
    
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
    ntt_unit_b4$mul_b$1$ra ra(
        .d(ra$d),
        .q(ra$q),
        .clock(ra$clock)
    );
    ntt_unit_b4$mul_b$1$rb rb(
        .d(rb$d),
        .q(rb$q),
        .clock(rb$clock)
    );
    ntt_unit_b4$mul_b$1$pll pll(
        .d(pll$d),
        .q(pll$q),
        .clock(pll$clock)
    );
    ntt_unit_b4$mul_b$1$plh plh(
        .d(plh$d),
        .q(plh$q),
        .clock(plh$clock)
    );
    ntt_unit_b4$mul_b$1$phl phl(
        .d(phl$d),
        .q(phl$q),
        .clock(phl$clock)
    );
    ntt_unit_b4$mul_b$1$phh phh(
        .d(phh$d),
        .q(phh$q),
        .clock(phh$clock)
    );
    ntt_unit_b4$mul_b$1$p3 p3(
        .d(p3$d),
        .q(p3$q),
        .clock(p3$clock)
    );
    ntt_unit_b4$mul_b$1$bll bll(
        .d(bll$d),
        .q(bll$q),
        .clock(bll$clock)
    );
    ntt_unit_b4$mul_b$1$blh blh(
        .d(blh$d),
        .q(blh$q),
        .clock(blh$clock)
    );
    ntt_unit_b4$mul_b$1$bhl bhl(
        .d(bhl$d),
        .q(bhl$q),
        .clock(bhl$clock)
    );
    ntt_unit_b4$mul_b$1$bhh bhh(
        .d(bhh$d),
        .q(bhh$q),
        .clock(bhh$clock)
    );
    ntt_unit_b4$mul_b$1$p4 p4(
        .d(p4$d),
        .q(p4$q),
        .clock(p4$clock)
    );
    ntt_unit_b4$mul_b$1$res res(
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
    
endmodule // ntt_unit_b4$mul_b$1


module ntt_unit_b4$mul_b$1$bhh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_b$1$bhh


module ntt_unit_b4$mul_b$1$bhl(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_b$1$bhl


module ntt_unit_b4$mul_b$1$blh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_b$1$blh


module ntt_unit_b4$mul_b$1$bll(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_b$1$bll


module ntt_unit_b4$mul_b$1$p3(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_b$1$p3


module ntt_unit_b4$mul_b$1$p4(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_b$1$p4


module ntt_unit_b4$mul_b$1$phh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_b$1$phh


module ntt_unit_b4$mul_b$1$phl(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_b$1$phl


module ntt_unit_b4$mul_b$1$plh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_b$1$plh


module ntt_unit_b4$mul_b$1$pll(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_b$1$pll


module ntt_unit_b4$mul_b$1$ra(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_b$1$ra


module ntt_unit_b4$mul_b$1$rb(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_b$1$rb


module ntt_unit_b4$mul_b$1$res(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_b$1$res


module ntt_unit_b4$mul_b$2(clock,dsa,a,b,r);
    
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
    ntt_unit_b4$mul_b$2$ra ra(
        .d(ra$d),
        .q(ra$q),
        .clock(ra$clock)
    );
    ntt_unit_b4$mul_b$2$rb rb(
        .d(rb$d),
        .q(rb$q),
        .clock(rb$clock)
    );
    ntt_unit_b4$mul_b$2$pll pll(
        .d(pll$d),
        .q(pll$q),
        .clock(pll$clock)
    );
    ntt_unit_b4$mul_b$2$plh plh(
        .d(plh$d),
        .q(plh$q),
        .clock(plh$clock)
    );
    ntt_unit_b4$mul_b$2$phl phl(
        .d(phl$d),
        .q(phl$q),
        .clock(phl$clock)
    );
    ntt_unit_b4$mul_b$2$phh phh(
        .d(phh$d),
        .q(phh$q),
        .clock(phh$clock)
    );
    ntt_unit_b4$mul_b$2$p3 p3(
        .d(p3$d),
        .q(p3$q),
        .clock(p3$clock)
    );
    ntt_unit_b4$mul_b$2$bll bll(
        .d(bll$d),
        .q(bll$q),
        .clock(bll$clock)
    );
    ntt_unit_b4$mul_b$2$blh blh(
        .d(blh$d),
        .q(blh$q),
        .clock(blh$clock)
    );
    ntt_unit_b4$mul_b$2$bhl bhl(
        .d(bhl$d),
        .q(bhl$q),
        .clock(bhl$clock)
    );
    ntt_unit_b4$mul_b$2$bhh bhh(
        .d(bhh$d),
        .q(bhh$q),
        .clock(bhh$clock)
    );
    ntt_unit_b4$mul_b$2$p4 p4(
        .d(p4$d),
        .q(p4$q),
        .clock(p4$clock)
    );
    ntt_unit_b4$mul_b$2$res res(
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
    
endmodule // ntt_unit_b4$mul_b$2


module ntt_unit_b4$mul_b$2$bhh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_b$2$bhh


module ntt_unit_b4$mul_b$2$bhl(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_b$2$bhl


module ntt_unit_b4$mul_b$2$blh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_b$2$blh


module ntt_unit_b4$mul_b$2$bll(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_b$2$bll


module ntt_unit_b4$mul_b$2$p3(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_b$2$p3


module ntt_unit_b4$mul_b$2$p4(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_b$2$p4


module ntt_unit_b4$mul_b$2$phh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_b$2$phh


module ntt_unit_b4$mul_b$2$phl(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_b$2$phl


module ntt_unit_b4$mul_b$2$plh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_b$2$plh


module ntt_unit_b4$mul_b$2$pll(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_b$2$pll


module ntt_unit_b4$mul_b$2$ra(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_b$2$ra


module ntt_unit_b4$mul_b$2$rb(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_b$2$rb


module ntt_unit_b4$mul_b$2$res(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_b$2$res


module ntt_unit_b4$mul_b$3(clock,dsa,a,b,r);
    
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
    ntt_unit_b4$mul_b$3$ra ra(
        .d(ra$d),
        .q(ra$q),
        .clock(ra$clock)
    );
    ntt_unit_b4$mul_b$3$rb rb(
        .d(rb$d),
        .q(rb$q),
        .clock(rb$clock)
    );
    ntt_unit_b4$mul_b$3$pll pll(
        .d(pll$d),
        .q(pll$q),
        .clock(pll$clock)
    );
    ntt_unit_b4$mul_b$3$plh plh(
        .d(plh$d),
        .q(plh$q),
        .clock(plh$clock)
    );
    ntt_unit_b4$mul_b$3$phl phl(
        .d(phl$d),
        .q(phl$q),
        .clock(phl$clock)
    );
    ntt_unit_b4$mul_b$3$phh phh(
        .d(phh$d),
        .q(phh$q),
        .clock(phh$clock)
    );
    ntt_unit_b4$mul_b$3$p3 p3(
        .d(p3$d),
        .q(p3$q),
        .clock(p3$clock)
    );
    ntt_unit_b4$mul_b$3$bll bll(
        .d(bll$d),
        .q(bll$q),
        .clock(bll$clock)
    );
    ntt_unit_b4$mul_b$3$blh blh(
        .d(blh$d),
        .q(blh$q),
        .clock(blh$clock)
    );
    ntt_unit_b4$mul_b$3$bhl bhl(
        .d(bhl$d),
        .q(bhl$q),
        .clock(bhl$clock)
    );
    ntt_unit_b4$mul_b$3$bhh bhh(
        .d(bhh$d),
        .q(bhh$q),
        .clock(bhh$clock)
    );
    ntt_unit_b4$mul_b$3$p4 p4(
        .d(p4$d),
        .q(p4$q),
        .clock(p4$clock)
    );
    ntt_unit_b4$mul_b$3$res res(
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
    
endmodule // ntt_unit_b4$mul_b$3


module ntt_unit_b4$mul_b$3$bhh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_b$3$bhh


module ntt_unit_b4$mul_b$3$bhl(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_b$3$bhl


module ntt_unit_b4$mul_b$3$blh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_b$3$blh


module ntt_unit_b4$mul_b$3$bll(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_b$3$bll


module ntt_unit_b4$mul_b$3$p3(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_b$3$p3


module ntt_unit_b4$mul_b$3$p4(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_b$3$p4


module ntt_unit_b4$mul_b$3$phh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_b$3$phh


module ntt_unit_b4$mul_b$3$phl(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_b$3$phl


module ntt_unit_b4$mul_b$3$plh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_b$3$plh


module ntt_unit_b4$mul_b$3$pll(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_b$3$pll


module ntt_unit_b4$mul_b$3$ra(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_b$3$ra


module ntt_unit_b4$mul_b$3$rb(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_b$3$rb


module ntt_unit_b4$mul_b$3$res(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_b$3$res


module ntt_unit_b4$mul_c$0(clock,dsa,a,b,r);
    
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
    ntt_unit_b4$mul_c$0$ra ra(
        .d(ra$d),
        .q(ra$q),
        .clock(ra$clock)
    );
    ntt_unit_b4$mul_c$0$rb rb(
        .d(rb$d),
        .q(rb$q),
        .clock(rb$clock)
    );
    ntt_unit_b4$mul_c$0$pll pll(
        .d(pll$d),
        .q(pll$q),
        .clock(pll$clock)
    );
    ntt_unit_b4$mul_c$0$plh plh(
        .d(plh$d),
        .q(plh$q),
        .clock(plh$clock)
    );
    ntt_unit_b4$mul_c$0$phl phl(
        .d(phl$d),
        .q(phl$q),
        .clock(phl$clock)
    );
    ntt_unit_b4$mul_c$0$phh phh(
        .d(phh$d),
        .q(phh$q),
        .clock(phh$clock)
    );
    ntt_unit_b4$mul_c$0$p3 p3(
        .d(p3$d),
        .q(p3$q),
        .clock(p3$clock)
    );
    ntt_unit_b4$mul_c$0$bll bll(
        .d(bll$d),
        .q(bll$q),
        .clock(bll$clock)
    );
    ntt_unit_b4$mul_c$0$blh blh(
        .d(blh$d),
        .q(blh$q),
        .clock(blh$clock)
    );
    ntt_unit_b4$mul_c$0$bhl bhl(
        .d(bhl$d),
        .q(bhl$q),
        .clock(bhl$clock)
    );
    ntt_unit_b4$mul_c$0$bhh bhh(
        .d(bhh$d),
        .q(bhh$q),
        .clock(bhh$clock)
    );
    ntt_unit_b4$mul_c$0$p4 p4(
        .d(p4$d),
        .q(p4$q),
        .clock(p4$clock)
    );
    ntt_unit_b4$mul_c$0$res res(
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
    
endmodule // ntt_unit_b4$mul_c$0


module ntt_unit_b4$mul_c$0$bhh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_c$0$bhh


module ntt_unit_b4$mul_c$0$bhl(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_c$0$bhl


module ntt_unit_b4$mul_c$0$blh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_c$0$blh


module ntt_unit_b4$mul_c$0$bll(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_c$0$bll


module ntt_unit_b4$mul_c$0$p3(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_c$0$p3


module ntt_unit_b4$mul_c$0$p4(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_c$0$p4


module ntt_unit_b4$mul_c$0$phh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_c$0$phh


module ntt_unit_b4$mul_c$0$phl(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_c$0$phl


module ntt_unit_b4$mul_c$0$plh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_c$0$plh


module ntt_unit_b4$mul_c$0$pll(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_c$0$pll


module ntt_unit_b4$mul_c$0$ra(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_c$0$ra


module ntt_unit_b4$mul_c$0$rb(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_c$0$rb


module ntt_unit_b4$mul_c$0$res(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_c$0$res


module ntt_unit_b4$mul_c$1(clock,dsa,a,b,r);
    
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
    ntt_unit_b4$mul_c$1$ra ra(
        .d(ra$d),
        .q(ra$q),
        .clock(ra$clock)
    );
    ntt_unit_b4$mul_c$1$rb rb(
        .d(rb$d),
        .q(rb$q),
        .clock(rb$clock)
    );
    ntt_unit_b4$mul_c$1$pll pll(
        .d(pll$d),
        .q(pll$q),
        .clock(pll$clock)
    );
    ntt_unit_b4$mul_c$1$plh plh(
        .d(plh$d),
        .q(plh$q),
        .clock(plh$clock)
    );
    ntt_unit_b4$mul_c$1$phl phl(
        .d(phl$d),
        .q(phl$q),
        .clock(phl$clock)
    );
    ntt_unit_b4$mul_c$1$phh phh(
        .d(phh$d),
        .q(phh$q),
        .clock(phh$clock)
    );
    ntt_unit_b4$mul_c$1$p3 p3(
        .d(p3$d),
        .q(p3$q),
        .clock(p3$clock)
    );
    ntt_unit_b4$mul_c$1$bll bll(
        .d(bll$d),
        .q(bll$q),
        .clock(bll$clock)
    );
    ntt_unit_b4$mul_c$1$blh blh(
        .d(blh$d),
        .q(blh$q),
        .clock(blh$clock)
    );
    ntt_unit_b4$mul_c$1$bhl bhl(
        .d(bhl$d),
        .q(bhl$q),
        .clock(bhl$clock)
    );
    ntt_unit_b4$mul_c$1$bhh bhh(
        .d(bhh$d),
        .q(bhh$q),
        .clock(bhh$clock)
    );
    ntt_unit_b4$mul_c$1$p4 p4(
        .d(p4$d),
        .q(p4$q),
        .clock(p4$clock)
    );
    ntt_unit_b4$mul_c$1$res res(
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
    
endmodule // ntt_unit_b4$mul_c$1


module ntt_unit_b4$mul_c$1$bhh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_c$1$bhh


module ntt_unit_b4$mul_c$1$bhl(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_c$1$bhl


module ntt_unit_b4$mul_c$1$blh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_c$1$blh


module ntt_unit_b4$mul_c$1$bll(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_c$1$bll


module ntt_unit_b4$mul_c$1$p3(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_c$1$p3


module ntt_unit_b4$mul_c$1$p4(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_c$1$p4


module ntt_unit_b4$mul_c$1$phh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_c$1$phh


module ntt_unit_b4$mul_c$1$phl(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_c$1$phl


module ntt_unit_b4$mul_c$1$plh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_c$1$plh


module ntt_unit_b4$mul_c$1$pll(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_c$1$pll


module ntt_unit_b4$mul_c$1$ra(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_c$1$ra


module ntt_unit_b4$mul_c$1$rb(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_c$1$rb


module ntt_unit_b4$mul_c$1$res(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_c$1$res


module ntt_unit_b4$mul_c$2(clock,dsa,a,b,r);
    
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
    ntt_unit_b4$mul_c$2$ra ra(
        .d(ra$d),
        .q(ra$q),
        .clock(ra$clock)
    );
    ntt_unit_b4$mul_c$2$rb rb(
        .d(rb$d),
        .q(rb$q),
        .clock(rb$clock)
    );
    ntt_unit_b4$mul_c$2$pll pll(
        .d(pll$d),
        .q(pll$q),
        .clock(pll$clock)
    );
    ntt_unit_b4$mul_c$2$plh plh(
        .d(plh$d),
        .q(plh$q),
        .clock(plh$clock)
    );
    ntt_unit_b4$mul_c$2$phl phl(
        .d(phl$d),
        .q(phl$q),
        .clock(phl$clock)
    );
    ntt_unit_b4$mul_c$2$phh phh(
        .d(phh$d),
        .q(phh$q),
        .clock(phh$clock)
    );
    ntt_unit_b4$mul_c$2$p3 p3(
        .d(p3$d),
        .q(p3$q),
        .clock(p3$clock)
    );
    ntt_unit_b4$mul_c$2$bll bll(
        .d(bll$d),
        .q(bll$q),
        .clock(bll$clock)
    );
    ntt_unit_b4$mul_c$2$blh blh(
        .d(blh$d),
        .q(blh$q),
        .clock(blh$clock)
    );
    ntt_unit_b4$mul_c$2$bhl bhl(
        .d(bhl$d),
        .q(bhl$q),
        .clock(bhl$clock)
    );
    ntt_unit_b4$mul_c$2$bhh bhh(
        .d(bhh$d),
        .q(bhh$q),
        .clock(bhh$clock)
    );
    ntt_unit_b4$mul_c$2$p4 p4(
        .d(p4$d),
        .q(p4$q),
        .clock(p4$clock)
    );
    ntt_unit_b4$mul_c$2$res res(
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
    
endmodule // ntt_unit_b4$mul_c$2


module ntt_unit_b4$mul_c$2$bhh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_c$2$bhh


module ntt_unit_b4$mul_c$2$bhl(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_c$2$bhl


module ntt_unit_b4$mul_c$2$blh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_c$2$blh


module ntt_unit_b4$mul_c$2$bll(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_c$2$bll


module ntt_unit_b4$mul_c$2$p3(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_c$2$p3


module ntt_unit_b4$mul_c$2$p4(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_c$2$p4


module ntt_unit_b4$mul_c$2$phh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_c$2$phh


module ntt_unit_b4$mul_c$2$phl(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_c$2$phl


module ntt_unit_b4$mul_c$2$plh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_c$2$plh


module ntt_unit_b4$mul_c$2$pll(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_c$2$pll


module ntt_unit_b4$mul_c$2$ra(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_c$2$ra


module ntt_unit_b4$mul_c$2$rb(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_c$2$rb


module ntt_unit_b4$mul_c$2$res(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_c$2$res


module ntt_unit_b4$mul_c$3(clock,dsa,a,b,r);
    
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
    ntt_unit_b4$mul_c$3$ra ra(
        .d(ra$d),
        .q(ra$q),
        .clock(ra$clock)
    );
    ntt_unit_b4$mul_c$3$rb rb(
        .d(rb$d),
        .q(rb$q),
        .clock(rb$clock)
    );
    ntt_unit_b4$mul_c$3$pll pll(
        .d(pll$d),
        .q(pll$q),
        .clock(pll$clock)
    );
    ntt_unit_b4$mul_c$3$plh plh(
        .d(plh$d),
        .q(plh$q),
        .clock(plh$clock)
    );
    ntt_unit_b4$mul_c$3$phl phl(
        .d(phl$d),
        .q(phl$q),
        .clock(phl$clock)
    );
    ntt_unit_b4$mul_c$3$phh phh(
        .d(phh$d),
        .q(phh$q),
        .clock(phh$clock)
    );
    ntt_unit_b4$mul_c$3$p3 p3(
        .d(p3$d),
        .q(p3$q),
        .clock(p3$clock)
    );
    ntt_unit_b4$mul_c$3$bll bll(
        .d(bll$d),
        .q(bll$q),
        .clock(bll$clock)
    );
    ntt_unit_b4$mul_c$3$blh blh(
        .d(blh$d),
        .q(blh$q),
        .clock(blh$clock)
    );
    ntt_unit_b4$mul_c$3$bhl bhl(
        .d(bhl$d),
        .q(bhl$q),
        .clock(bhl$clock)
    );
    ntt_unit_b4$mul_c$3$bhh bhh(
        .d(bhh$d),
        .q(bhh$q),
        .clock(bhh$clock)
    );
    ntt_unit_b4$mul_c$3$p4 p4(
        .d(p4$d),
        .q(p4$q),
        .clock(p4$clock)
    );
    ntt_unit_b4$mul_c$3$res res(
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
    
endmodule // ntt_unit_b4$mul_c$3


module ntt_unit_b4$mul_c$3$bhh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_c$3$bhh


module ntt_unit_b4$mul_c$3$bhl(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_c$3$bhl


module ntt_unit_b4$mul_c$3$blh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_c$3$blh


module ntt_unit_b4$mul_c$3$bll(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_c$3$bll


module ntt_unit_b4$mul_c$3$p3(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_c$3$p3


module ntt_unit_b4$mul_c$3$p4(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_c$3$p4


module ntt_unit_b4$mul_c$3$phh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_c$3$phh


module ntt_unit_b4$mul_c$3$phl(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_c$3$phl


module ntt_unit_b4$mul_c$3$plh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_c$3$plh


module ntt_unit_b4$mul_c$3$pll(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_c$3$pll


module ntt_unit_b4$mul_c$3$ra(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_c$3$ra


module ntt_unit_b4$mul_c$3$rb(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_c$3$rb


module ntt_unit_b4$mul_c$3$res(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_c$3$res


module ntt_unit_b4$mul_d$0(clock,dsa,a,b,r);
    
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
    ntt_unit_b4$mul_d$0$ra ra(
        .d(ra$d),
        .q(ra$q),
        .clock(ra$clock)
    );
    ntt_unit_b4$mul_d$0$rb rb(
        .d(rb$d),
        .q(rb$q),
        .clock(rb$clock)
    );
    ntt_unit_b4$mul_d$0$pll pll(
        .d(pll$d),
        .q(pll$q),
        .clock(pll$clock)
    );
    ntt_unit_b4$mul_d$0$plh plh(
        .d(plh$d),
        .q(plh$q),
        .clock(plh$clock)
    );
    ntt_unit_b4$mul_d$0$phl phl(
        .d(phl$d),
        .q(phl$q),
        .clock(phl$clock)
    );
    ntt_unit_b4$mul_d$0$phh phh(
        .d(phh$d),
        .q(phh$q),
        .clock(phh$clock)
    );
    ntt_unit_b4$mul_d$0$p3 p3(
        .d(p3$d),
        .q(p3$q),
        .clock(p3$clock)
    );
    ntt_unit_b4$mul_d$0$bll bll(
        .d(bll$d),
        .q(bll$q),
        .clock(bll$clock)
    );
    ntt_unit_b4$mul_d$0$blh blh(
        .d(blh$d),
        .q(blh$q),
        .clock(blh$clock)
    );
    ntt_unit_b4$mul_d$0$bhl bhl(
        .d(bhl$d),
        .q(bhl$q),
        .clock(bhl$clock)
    );
    ntt_unit_b4$mul_d$0$bhh bhh(
        .d(bhh$d),
        .q(bhh$q),
        .clock(bhh$clock)
    );
    ntt_unit_b4$mul_d$0$p4 p4(
        .d(p4$d),
        .q(p4$q),
        .clock(p4$clock)
    );
    ntt_unit_b4$mul_d$0$res res(
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
    
endmodule // ntt_unit_b4$mul_d$0


module ntt_unit_b4$mul_d$0$bhh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_d$0$bhh


module ntt_unit_b4$mul_d$0$bhl(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_d$0$bhl


module ntt_unit_b4$mul_d$0$blh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_d$0$blh


module ntt_unit_b4$mul_d$0$bll(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_d$0$bll


module ntt_unit_b4$mul_d$0$p3(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_d$0$p3


module ntt_unit_b4$mul_d$0$p4(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_d$0$p4


module ntt_unit_b4$mul_d$0$phh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_d$0$phh


module ntt_unit_b4$mul_d$0$phl(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_d$0$phl


module ntt_unit_b4$mul_d$0$plh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_d$0$plh


module ntt_unit_b4$mul_d$0$pll(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_d$0$pll


module ntt_unit_b4$mul_d$0$ra(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_d$0$ra


module ntt_unit_b4$mul_d$0$rb(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_d$0$rb


module ntt_unit_b4$mul_d$0$res(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_d$0$res


module ntt_unit_b4$mul_d$1(clock,dsa,a,b,r);
    
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
    ntt_unit_b4$mul_d$1$ra ra(
        .d(ra$d),
        .q(ra$q),
        .clock(ra$clock)
    );
    ntt_unit_b4$mul_d$1$rb rb(
        .d(rb$d),
        .q(rb$q),
        .clock(rb$clock)
    );
    ntt_unit_b4$mul_d$1$pll pll(
        .d(pll$d),
        .q(pll$q),
        .clock(pll$clock)
    );
    ntt_unit_b4$mul_d$1$plh plh(
        .d(plh$d),
        .q(plh$q),
        .clock(plh$clock)
    );
    ntt_unit_b4$mul_d$1$phl phl(
        .d(phl$d),
        .q(phl$q),
        .clock(phl$clock)
    );
    ntt_unit_b4$mul_d$1$phh phh(
        .d(phh$d),
        .q(phh$q),
        .clock(phh$clock)
    );
    ntt_unit_b4$mul_d$1$p3 p3(
        .d(p3$d),
        .q(p3$q),
        .clock(p3$clock)
    );
    ntt_unit_b4$mul_d$1$bll bll(
        .d(bll$d),
        .q(bll$q),
        .clock(bll$clock)
    );
    ntt_unit_b4$mul_d$1$blh blh(
        .d(blh$d),
        .q(blh$q),
        .clock(blh$clock)
    );
    ntt_unit_b4$mul_d$1$bhl bhl(
        .d(bhl$d),
        .q(bhl$q),
        .clock(bhl$clock)
    );
    ntt_unit_b4$mul_d$1$bhh bhh(
        .d(bhh$d),
        .q(bhh$q),
        .clock(bhh$clock)
    );
    ntt_unit_b4$mul_d$1$p4 p4(
        .d(p4$d),
        .q(p4$q),
        .clock(p4$clock)
    );
    ntt_unit_b4$mul_d$1$res res(
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
    
endmodule // ntt_unit_b4$mul_d$1


module ntt_unit_b4$mul_d$1$bhh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_d$1$bhh


module ntt_unit_b4$mul_d$1$bhl(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_d$1$bhl


module ntt_unit_b4$mul_d$1$blh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_d$1$blh


module ntt_unit_b4$mul_d$1$bll(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_d$1$bll


module ntt_unit_b4$mul_d$1$p3(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_d$1$p3


module ntt_unit_b4$mul_d$1$p4(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_d$1$p4


module ntt_unit_b4$mul_d$1$phh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_d$1$phh


module ntt_unit_b4$mul_d$1$phl(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_d$1$phl


module ntt_unit_b4$mul_d$1$plh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_d$1$plh


module ntt_unit_b4$mul_d$1$pll(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_d$1$pll


module ntt_unit_b4$mul_d$1$ra(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_d$1$ra


module ntt_unit_b4$mul_d$1$rb(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_d$1$rb


module ntt_unit_b4$mul_d$1$res(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_d$1$res


module ntt_unit_b4$mul_d$2(clock,dsa,a,b,r);
    
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
    ntt_unit_b4$mul_d$2$ra ra(
        .d(ra$d),
        .q(ra$q),
        .clock(ra$clock)
    );
    ntt_unit_b4$mul_d$2$rb rb(
        .d(rb$d),
        .q(rb$q),
        .clock(rb$clock)
    );
    ntt_unit_b4$mul_d$2$pll pll(
        .d(pll$d),
        .q(pll$q),
        .clock(pll$clock)
    );
    ntt_unit_b4$mul_d$2$plh plh(
        .d(plh$d),
        .q(plh$q),
        .clock(plh$clock)
    );
    ntt_unit_b4$mul_d$2$phl phl(
        .d(phl$d),
        .q(phl$q),
        .clock(phl$clock)
    );
    ntt_unit_b4$mul_d$2$phh phh(
        .d(phh$d),
        .q(phh$q),
        .clock(phh$clock)
    );
    ntt_unit_b4$mul_d$2$p3 p3(
        .d(p3$d),
        .q(p3$q),
        .clock(p3$clock)
    );
    ntt_unit_b4$mul_d$2$bll bll(
        .d(bll$d),
        .q(bll$q),
        .clock(bll$clock)
    );
    ntt_unit_b4$mul_d$2$blh blh(
        .d(blh$d),
        .q(blh$q),
        .clock(blh$clock)
    );
    ntt_unit_b4$mul_d$2$bhl bhl(
        .d(bhl$d),
        .q(bhl$q),
        .clock(bhl$clock)
    );
    ntt_unit_b4$mul_d$2$bhh bhh(
        .d(bhh$d),
        .q(bhh$q),
        .clock(bhh$clock)
    );
    ntt_unit_b4$mul_d$2$p4 p4(
        .d(p4$d),
        .q(p4$q),
        .clock(p4$clock)
    );
    ntt_unit_b4$mul_d$2$res res(
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
    
endmodule // ntt_unit_b4$mul_d$2


module ntt_unit_b4$mul_d$2$bhh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_d$2$bhh


module ntt_unit_b4$mul_d$2$bhl(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_d$2$bhl


module ntt_unit_b4$mul_d$2$blh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_d$2$blh


module ntt_unit_b4$mul_d$2$bll(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_d$2$bll


module ntt_unit_b4$mul_d$2$p3(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_d$2$p3


module ntt_unit_b4$mul_d$2$p4(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_d$2$p4


module ntt_unit_b4$mul_d$2$phh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_d$2$phh


module ntt_unit_b4$mul_d$2$phl(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_d$2$phl


module ntt_unit_b4$mul_d$2$plh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_d$2$plh


module ntt_unit_b4$mul_d$2$pll(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_d$2$pll


module ntt_unit_b4$mul_d$2$ra(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_d$2$ra


module ntt_unit_b4$mul_d$2$rb(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_d$2$rb


module ntt_unit_b4$mul_d$2$res(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_d$2$res


module ntt_unit_b4$mul_d$3(clock,dsa,a,b,r);
    
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
    ntt_unit_b4$mul_d$3$ra ra(
        .d(ra$d),
        .q(ra$q),
        .clock(ra$clock)
    );
    ntt_unit_b4$mul_d$3$rb rb(
        .d(rb$d),
        .q(rb$q),
        .clock(rb$clock)
    );
    ntt_unit_b4$mul_d$3$pll pll(
        .d(pll$d),
        .q(pll$q),
        .clock(pll$clock)
    );
    ntt_unit_b4$mul_d$3$plh plh(
        .d(plh$d),
        .q(plh$q),
        .clock(plh$clock)
    );
    ntt_unit_b4$mul_d$3$phl phl(
        .d(phl$d),
        .q(phl$q),
        .clock(phl$clock)
    );
    ntt_unit_b4$mul_d$3$phh phh(
        .d(phh$d),
        .q(phh$q),
        .clock(phh$clock)
    );
    ntt_unit_b4$mul_d$3$p3 p3(
        .d(p3$d),
        .q(p3$q),
        .clock(p3$clock)
    );
    ntt_unit_b4$mul_d$3$bll bll(
        .d(bll$d),
        .q(bll$q),
        .clock(bll$clock)
    );
    ntt_unit_b4$mul_d$3$blh blh(
        .d(blh$d),
        .q(blh$q),
        .clock(blh$clock)
    );
    ntt_unit_b4$mul_d$3$bhl bhl(
        .d(bhl$d),
        .q(bhl$q),
        .clock(bhl$clock)
    );
    ntt_unit_b4$mul_d$3$bhh bhh(
        .d(bhh$d),
        .q(bhh$q),
        .clock(bhh$clock)
    );
    ntt_unit_b4$mul_d$3$p4 p4(
        .d(p4$d),
        .q(p4$q),
        .clock(p4$clock)
    );
    ntt_unit_b4$mul_d$3$res res(
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
    
endmodule // ntt_unit_b4$mul_d$3


module ntt_unit_b4$mul_d$3$bhh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_d$3$bhh


module ntt_unit_b4$mul_d$3$bhl(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_d$3$bhl


module ntt_unit_b4$mul_d$3$blh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_d$3$blh


module ntt_unit_b4$mul_d$3$bll(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_d$3$bll


module ntt_unit_b4$mul_d$3$p3(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_d$3$p3


module ntt_unit_b4$mul_d$3$p4(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_d$3$p4


module ntt_unit_b4$mul_d$3$phh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_d$3$phh


module ntt_unit_b4$mul_d$3$phl(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_d$3$phl


module ntt_unit_b4$mul_d$3$plh(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_d$3$plh


module ntt_unit_b4$mul_d$3$pll(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_d$3$pll


module ntt_unit_b4$mul_d$3$ra(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_d$3$ra


module ntt_unit_b4$mul_d$3$rb(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_d$3$rb


module ntt_unit_b4$mul_d$3$res(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$mul_d$3$res


module ntt_unit_b4$opc(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$opc


module ntt_unit_b4$ram_a$0(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
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
                
endmodule // ntt_unit_b4$ram_a$0


module ntt_unit_b4$ram_a$1(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
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
                
endmodule // ntt_unit_b4$ram_a$1


module ntt_unit_b4$ram_a$2(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
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
                
endmodule // ntt_unit_b4$ram_a$2


module ntt_unit_b4$ram_a$3(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
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
                
endmodule // ntt_unit_b4$ram_a$3


module ntt_unit_b4$ram_a$4(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
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
                
endmodule // ntt_unit_b4$ram_a$4


module ntt_unit_b4$ram_a$5(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
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
                
endmodule // ntt_unit_b4$ram_a$5


module ntt_unit_b4$ram_a$6(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
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
                
endmodule // ntt_unit_b4$ram_a$6


module ntt_unit_b4$ram_a$7(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
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
                
endmodule // ntt_unit_b4$ram_a$7


module ntt_unit_b4$ram_b$0(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
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
                
endmodule // ntt_unit_b4$ram_b$0


module ntt_unit_b4$ram_b$1(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
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
                
endmodule // ntt_unit_b4$ram_b$1


module ntt_unit_b4$ram_b$2(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
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
                
endmodule // ntt_unit_b4$ram_b$2


module ntt_unit_b4$ram_b$3(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
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
                
endmodule // ntt_unit_b4$ram_b$3


module ntt_unit_b4$ram_b$4(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
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
                
endmodule // ntt_unit_b4$ram_b$4


module ntt_unit_b4$ram_b$5(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
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
                
endmodule // ntt_unit_b4$ram_b$5


module ntt_unit_b4$ram_b$6(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
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
                
endmodule // ntt_unit_b4$ram_b$6


module ntt_unit_b4$ram_b$7(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
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
                
endmodule // ntt_unit_b4$ram_b$7


module ntt_unit_b4$red(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$red


module ntt_unit_b4$rom$0(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
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
                
endmodule // ntt_unit_b4$rom$0


module ntt_unit_b4$rom$1(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
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
                
endmodule // ntt_unit_b4$rom$1


module ntt_unit_b4$rom$2(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
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
                
endmodule // ntt_unit_b4$rom$2


module ntt_unit_b4$rom$3(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
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
                
endmodule // ntt_unit_b4$rom$3


module ntt_unit_b4$src_a_r(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$src_a_r


module ntt_unit_b4$src_b_r(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$src_b_r


module ntt_unit_b4$sw(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$sw


module ntt_unit_b4$vp(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$vp


module ntt_unit_b4$x1d$0(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$x1d$0


module ntt_unit_b4$x1d$1(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$x1d$1


module ntt_unit_b4$x1d$10(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$x1d$10


module ntt_unit_b4$x1d$11(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$x1d$11


module ntt_unit_b4$x1d$12(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$x1d$12


module ntt_unit_b4$x1d$13(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$x1d$13


module ntt_unit_b4$x1d$14(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$x1d$14


module ntt_unit_b4$x1d$15(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$x1d$15


module ntt_unit_b4$x1d$16(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$x1d$16


module ntt_unit_b4$x1d$17(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$x1d$17


module ntt_unit_b4$x1d$18(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$x1d$18


module ntt_unit_b4$x1d$19(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$x1d$19


module ntt_unit_b4$x1d$2(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$x1d$2


module ntt_unit_b4$x1d$3(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$x1d$3


module ntt_unit_b4$x1d$4(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$x1d$4


module ntt_unit_b4$x1d$5(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$x1d$5


module ntt_unit_b4$x1d$6(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$x1d$6


module ntt_unit_b4$x1d$7(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$x1d$7


module ntt_unit_b4$x1d$8(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$x1d$8


module ntt_unit_b4$x1d$9(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$x1d$9


module ntt_unit_b4$y1d$0(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$y1d$0


module ntt_unit_b4$y1d$1(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$y1d$1


module ntt_unit_b4$y1d$10(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$y1d$10


module ntt_unit_b4$y1d$11(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$y1d$11


module ntt_unit_b4$y1d$12(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$y1d$12


module ntt_unit_b4$y1d$13(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$y1d$13


module ntt_unit_b4$y1d$14(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$y1d$14


module ntt_unit_b4$y1d$15(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$y1d$15


module ntt_unit_b4$y1d$16(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$y1d$16


module ntt_unit_b4$y1d$17(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$y1d$17


module ntt_unit_b4$y1d$18(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$y1d$18


module ntt_unit_b4$y1d$19(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$y1d$19


module ntt_unit_b4$y1d$2(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$y1d$2


module ntt_unit_b4$y1d$3(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$y1d$3


module ntt_unit_b4$y1d$4(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$y1d$4


module ntt_unit_b4$y1d$5(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$y1d$5


module ntt_unit_b4$y1d$6(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$y1d$6


module ntt_unit_b4$y1d$7(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$y1d$7


module ntt_unit_b4$y1d$8(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$y1d$8


module ntt_unit_b4$y1d$9(d,q,clock);
    
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
          
endmodule // ntt_unit_b4$y1d$9

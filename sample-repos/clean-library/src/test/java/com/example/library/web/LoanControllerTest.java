package com.example.library.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.example.library.service.LoanService;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.mock.mockito.MockBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(LoanController.class)
class LoanControllerTest {

    @Autowired
    private MockMvc mvc;

    @MockBean
    private LoanService loans;

    @Test
    void answersWithTheMembersFees() throws Exception {
        when(loans.feesOf(eq("ada"), any())).thenReturn(new BigDecimal("1.50"));

        mvc.perform(get("/members/ada/fees")).andExpect(status().isOk()).andExpect(content().string("1.50"));
    }
}
